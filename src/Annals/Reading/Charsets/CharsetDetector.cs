using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Annals.Reading.Charsets;

/// <summary>Finds the character encoding of web content and decodes it without ever failing.</summary>
/// <remarks>
/// <para>Order of evidence, as browsers weigh it: a byte-order mark; the transport's declaration (an
/// HTTP <c>Content-Type</c> charset from a WARC record); the document's own declaration (<c>&lt;meta charset&gt;</c>
/// or an XML declaration) in its first bytes; then detection: UTF-16 from the pattern of zero bytes,
/// UTF-8 when the bytes are valid UTF-8, else Windows-1252 (the web's default for undeclared Latin text).</para>
/// <para>A declaration that the bytes contradict (declared UTF-8 but mostly invalid) is overruled.
/// ISO-8859-1 and US-ASCII are read as Windows-1252, its superset, as the WHATWG Encoding standard
/// prescribes. Invalid bytes decode to U+FFFD. Thread-safe.</para>
/// </remarks>
public static partial class CharsetDetector
{
    // Field initialisers run in order, before any member is used: register the code pages first.
    private static readonly bool CodePagesRegistered = RegisterCodePages();
    private static readonly System.Text.Encoding Windows1252 = System.Text.Encoding.GetEncoding(1252);

    private static bool RegisterCodePages()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }

    /// <summary>The encoding of <paramref name="bytes"/>, and how many bytes of byte-order mark to skip.</summary>
    public static (System.Text.Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (new UTF8Encoding(false), 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (System.Text.Encoding.Unicode, 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (System.Text.Encoding.BigEndianUnicode, 2);
        var sniff = bytes[..Math.Min(bytes.Length, 8192)];
        if (LooksUtf16(sniff, out var utf16)) return (utf16!, 0);

        var declared = GetEncoding(declaredCharset) ?? GetEncoding(FindDeclared(sniff));
        if (declared is not null)
        {
            if (declared is UTF8Encoding or { CodePage: 65001 })
                return (MostlyValidUtf8(bytes) ? new UTF8Encoding(false) : Windows1252, 0);
            // A page that says Latin-1 but is valid non-ASCII UTF-8 was saved by a tool that re-encoded it.
            if (declared.CodePage == 1252 && HasNonAscii(bytes) && IsValidUtf8(bytes)) return (new UTF8Encoding(false), 0);
            return (declared, 0);
        }
        return (IsValidUtf8(bytes) || MostlyValidUtf8(bytes) ? new UTF8Encoding(false) : Windows1252, 0);
    }

    /// <summary>Decodes <paramref name="bytes"/> with the encoding <see cref="Detect"/> finds.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        var (encoding, bom) = Detect(bytes, declaredCharset);
        return encoding.GetString(bytes[bom..]);
    }

    /// <summary>The encoding a charset label names, or null when the label is missing or unknown.</summary>
    public static System.Text.Encoding? GetEncoding(string? label)
    {
        if (string.IsNullOrWhiteSpace(label) || !CodePagesRegistered) return null;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "x-cp1252" => "windows-1252",
            "utf8" or "unicode-1-1-utf-8" => "utf-8",
            "gb2312" or "gbk" or "x-gbk" => "gb18030",
            "ks_c_5601-1987" => "euc-kr",
            "shift-jis" or "sjis" or "x-sjis" => "shift_jis",
            _ => name,
        };
        try
        {
            var encoding = System.Text.Encoding.GetEncoding(name);
            return encoding.CodePage == 65001 ? new UTF8Encoding(false) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The charset a document declares in its first bytes: <c>&lt;meta charset&gt;</c>, <c>http-equiv</c> or an XML declaration.</summary>
    public static string? FindDeclared(ReadOnlySpan<byte> head)
    {
        var ascii = Latin1(head[..Math.Min(head.Length, 4096)]);
        var xml = XmlDeclaration().Match(ascii);
        if (xml.Success) return xml.Groups[1].Value;
        var meta = MetaCharset().Match(ascii);
        return meta.Success ? meta.Groups[1].Value : null;
    }

    /// <summary>The charset parameter of an HTTP <c>Content-Type</c> value.</summary>
    public static string? CharsetOfContentType(string? contentType)
    {
        if (contentType is null) return null;
        var m = ContentTypeCharset().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string Latin1(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++) chars[i] = (char)bytes[i];
        return new string(chars);
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes);

    // A few stray bytes in a UTF-8 page (a pasted Latin-1 quote) should not turn the whole page into mojibake.
    private static bool MostlyValidUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status == OperationStatus.Done) { if (rune.Value >= 0x80) valid++; }
            else invalid++;
            rest = rest[Math.Max(consumed, 1)..];
            if (invalid > 64 && invalid > valid) return false;
        }
        return invalid == 0 || invalid * 10 < valid;
    }

    private static bool LooksUtf16(ReadOnlySpan<byte> sniff, out System.Text.Encoding? encoding)
    {
        encoding = null;
        if (sniff.Length < 8) return false;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sniff.Length; i += 2)
        {
            if (sniff[i] == 0) evenZeros++;
            if (sniff[i + 1] == 0) oddZeros++;
        }
        var pairs = sniff.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) encoding = System.Text.Encoding.Unicode;
        else if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) encoding = System.Text.Encoding.BigEndianUnicode;
        return encoding is not null;
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*encoding\s*=\s*[""']([A-Za-z0-9._:-]+)[""']")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeCharset();
}
