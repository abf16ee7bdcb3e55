using System.Text;
using Annals.Diagnostics;
using Annals.Reading.Charsets;
using Annals.Reading.Streams;

namespace Annals.Reading.Html;

/// <summary>Reads an HTML page (<c>.html</c>, <c>.htm</c>, or markup in the first bytes) into one article.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed class HtmlArticleReader(ReadingOptions options) : IArticleReader
{
    /// <inheritdoc />
    public bool Accepts(string inputName, ReadOnlySpan<byte> head)
    {
        var ext = Path.GetExtension(inputName).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".xhtml" or ".shtml" or ".php" or ".asp" or ".aspx") return true;
        if (FirstSignificantByte(head) != (byte)'<') return false;
        var start = Latin1Head(head, 1024).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (start.StartsWith("<!doctype html", StringComparison.Ordinal) || start.StartsWith("<html", StringComparison.Ordinal)) return true;
        return start.StartsWith('<') && (start.Contains("<html", StringComparison.Ordinal) || start.Contains("<head", StringComparison.Ordinal) || start.Contains("<body", StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public IEnumerable<ReadItem> Read(string inputName, Stream input)
    {
        var bytes = StreamHelpers.ReadAtMost(input, options.MaxDocumentBytes);
        if (bytes is null)
            return [ReadItem.Fail(new ReadError(inputName, ErrorCodes.InputTooLarge, $"a page over {options.MaxDocumentBytes / (1024 * 1024)} MB is not read"))];
        var html = CharsetDetector.Decode(bytes);
        var article = HtmlPageReader.Read(inputName, html);
        return article is null
            ? [ReadItem.Fail(new ReadError(inputName, ErrorCodes.NoArticleText, "the page holds no article text"))]
            : [ReadItem.Of(article)];
    }

    /// <summary>
    /// The first byte that is not a byte-order mark, white space or a UTF-16 zero: markup readers need a
    /// '&lt;' and JSON readers a '{' there, which rules most inputs out without decoding anything.
    /// </summary>
    internal static byte FirstSignificantByte(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b is 0 or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF or 0xFE or 0xFF) continue;
            return b;
        }
        return 0;
    }

    internal static string Latin1Head(ReadOnlySpan<byte> head, int max)
    {
        var span = head[..Math.Min(head.Length, max)];
        // UTF-16 heads: drop the zero bytes so that markup is still recognised.
        var sb = new StringBuilder(span.Length);
        foreach (var b in span) if (b != 0) sb.Append((char)b);
        return sb.ToString();
    }
}
