using System.IO.Compression;
using System.Text;
using Annals.Reading;
using Annals.Reading.Charsets;
using FsCheck.Xunit;

namespace Annals.Tests.Reading;

public class EncodingTest
{
    static EncodingTest() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Page(string charset, string body) =>
        $"<html><head><meta charset=\"{charset}\"><title>Café de la presse</title></head><body><article><p>{body}</p></article></body></html>";

    [Theory]
    [InlineData("windows-1252")]
    [InlineData("iso-8859-1")]
    [InlineData("iso-8859-2")]
    [InlineData("utf-8")]
    public void Decodes_the_charset_a_page_declares(string charset)
    {
        var body = charset == "iso-8859-2" ? "Łódź i Wrocław są miastami w Polsce, które odwiedził prezydent podczas swojej podróży po kraju w tym tygodniu." : "Le président a visité le café « Chez Émile » à Genève, où il a rencontré des journalistes et des élèves du lycée voisin.";
        var bytes = Encoding.GetEncoding(charset).GetBytes(Page(charset, body));
        var article = Assert.Single(new ArticleReaders().ReadAll("p.html", bytes).Articles);
        Assert.Equal(body, article.Text);
    }

    [Fact]
    public void Detects_windows_1252_when_nothing_is_declared_and_the_bytes_are_not_utf8()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("Les élèves ont été reçus à l’école.");
        Assert.Equal("Les élèves ont été reçus à l’école.", CharsetDetector.Decode(bytes));
    }

    [Fact]
    public void Detects_utf16_without_a_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetBytes("<html><body><p>Hello there, this is UTF-16.</p></body></html>");
        Assert.Contains("Hello there", CharsetDetector.Decode(bytes));
    }

    [Property(MaxTest = 200)]
    public bool Any_bytes_decode_without_throwing(byte[] bytes)
    {
        _ = CharsetDetector.Decode(bytes ?? []);
        _ = new ArticleReaders().ReadAll("x.html", bytes ?? []);
        _ = new ArticleReaders().ReadAll("x.xml", bytes ?? []);
        _ = new ArticleReaders().ReadAll("x.warc", bytes ?? []);
        return true;
    }

    [Fact]
    public void Reads_gzip_inputs_of_any_format()
    {
        var raw = Encoding.UTF8.GetBytes("{\"text\":\"zipped\"}\n");
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(raw);
        var a = Assert.Single(new ArticleReaders().ReadAll("dump.jsonl.gz", ms.ToArray()).Articles);
        Assert.Equal("zipped", a.Text);
    }

    [Fact]
    public void A_corrupt_gzip_input_fails_with_a_coded_error()
    {
        var result = new ArticleReaders().ReadAll("bad.gz", [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03]);
        Assert.Equal(Annals.Diagnostics.ErrorCodes.InputCompression, result.Failure?.Code);
    }
}
