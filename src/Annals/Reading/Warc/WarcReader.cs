using System.Globalization;
using Annals.Diagnostics;
using Annals.Reading.Charsets;
using Annals.Reading.Feeds;
using Annals.Reading.Html;

namespace Annals.Reading.Warc;

/// <summary>Streams WARC archives (<c>.warc</c>, <c>.warc.gz</c>): response and resource records holding HTML become articles.</summary>
/// <remarks>
/// <para>Record by record through a fixed buffer, so a multi-gigabyte crawl is read in the memory of
/// one record. An article keeps the record's <c>WARC-Record-ID</c> as its id and <c>WARC-Target-URI</c>
/// as its URL; the page's own date wins over the capture date (<c>WARC-Date</c>), which is used only
/// when the page gives none.</para>
/// <para>request, metadata, revisit, warcinfo and non-HTML records are counted as ignored. A malformed
/// record is reported with its byte offset (in the decompressed stream) and the reader resynchronises
/// on the next <c>WARC/</c> line. Thread-safe.</para>
/// </remarks>
public sealed class WarcReader(ReadingOptions options) : IArticleReader
{
    /// <inheritdoc />
    public bool Accepts(string inputName, ReadOnlySpan<byte> head) => head.StartsWith("WARC/"u8) || SkipBlank(head).StartsWith("WARC/"u8);

    /// <inheritdoc />
    public IEnumerable<ReadItem> Read(string inputName, Stream input)
    {
        var reader = new ByteReader(input);
        var records = 0;
        (string Line, long Offset)? pending = null;
        while (true)
        {
            var start = pending?.Offset ?? reader.Position;
            var first = pending?.Line ?? reader.ReadLine();
            pending = null;
            while (first is not null && first.Length == 0)
            {
                start = reader.Position;
                first = reader.ReadLine();
            }
            if (first is null) yield break;
            if (!first.StartsWith("WARC/", StringComparison.Ordinal))
            {
                var resync = Resync(reader);
                yield return ReadItem.Skip(new ReadError(inputName, ErrorCodes.WarcRecordMalformed,
                    $"expected a WARC/ version line, found '{Shorten(first)}'; skipped {resync.Skipped} bytes to the next record", start));
                if (!resync.Found) yield break;
                first = resync.Line!;
                start = resync.Offset;
            }
            var headers = ReadHeaders(reader);
            records++;
            var type = headers.GetValueOrDefault("warc-type")?.ToLowerInvariant() ?? "";
            if (!long.TryParse(headers.GetValueOrDefault("content-length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                yield return ReadItem.Skip(new ReadError(inputName, ErrorCodes.WarcRecordMalformed, $"WARC {Kind(type)} record has no valid Content-Length", start));
                var resync = Resync(reader);
                if (!resync.Found) yield break;
                pending = (resync.Line!, resync.Offset);
                continue;
            }
            var wanted = type is "response" or "resource";
            if (!wanted)
            {
                var skipped = reader.Skip(length);
                if (skipped < length)
                {
                    yield return ReadItem.Skip(Truncated(inputName, type, start, length, skipped));
                    yield break;
                }
                yield return ReadItem.Ignore($"WARC {Kind(type)} record");
                continue;
            }
            if (length > options.MaxRecordBytes)
            {
                var skipped = reader.Skip(length);
                yield return ReadItem.Skip(new ReadError(inputName, ErrorCodes.RecordTooLarge, $"WARC {type} record of {length} bytes is over the {options.MaxRecordBytes / (1024 * 1024)} MB limit; skipped", start));
                if (skipped < length) yield break;
                continue;
            }
            var block = reader.ReadBlock((int)length);
            if (block.Length < length)
            {
                yield return ReadItem.Skip(Truncated(inputName, type, start, length, block.Length));
                yield break;
            }
            yield return Record(inputName, type, headers, block, start);
        }
    }

    private ReadItem Record(string inputName, string type, Dictionary<string, string> headers, byte[] block, long offset)
    {
        var uri = headers.GetValueOrDefault("warc-target-uri")?.Trim().Trim('<', '>');
        var id = headers.GetValueOrDefault("warc-record-id")?.Trim().Trim('<', '>');
        var captured = FeedDates.Parse(headers.GetValueOrDefault("warc-date"));
        byte[] payload;
        string? contentType;
        if (type == "response" && (headers.GetValueOrDefault("content-type") ?? "application/http").Contains("http", StringComparison.OrdinalIgnoreCase))
        {
            var http = HttpPayload.Parse(block);
            if (http is null)
                return ReadItem.Skip(new ReadError(inputName, ErrorCodes.WarcRecordMalformed, $"WARC response record for {uri} does not hold an HTTP response", offset));
            if (http.Status is < 200 or >= 300) return ReadItem.Ignore($"HTTP status {http.Status / 100}xx");
            payload = http.Body;
            contentType = http.ContentType;
        }
        else
        {
            payload = block;
            contentType = headers.GetValueOrDefault("content-type");
        }
        if (!IsHtml(contentType, payload)) return ReadItem.Ignore($"WARC {type}, not HTML");
        var charset = CharsetDetector.CharsetOfContentType(contentType);
        var page = CharsetDetector.Decode(payload, charset);
        var article = HtmlPageReader.Read(inputName, page, uri, captured, id);
        if (article is null) return ReadItem.Ignore($"WARC {type}, no article text");
        return ReadItem.Of(article with { Format = ArticleFormat.Warc });
    }

    private static bool IsHtml(string? contentType, byte[] payload)
    {
        if (contentType is not null)
        {
            var ct = contentType.ToLowerInvariant();
            if (ct.Contains("html", StringComparison.Ordinal)) return true;
            if (!ct.StartsWith("text/", StringComparison.Ordinal) && !ct.Contains("unknown", StringComparison.Ordinal) && ct.Length > 0) return false;
        }
        var head = HtmlArticleReader.Latin1Head(payload, 1024).TrimStart().ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.Contains("<html", StringComparison.Ordinal);
    }

    private static Dictionary<string, string> ReadHeaders(ByteReader reader)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            if (line[0] is ' ' or '\t' && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            last = line[..colon].Trim().ToLowerInvariant();
            headers.TryAdd(last, line[(colon + 1)..].Trim());
        }
        return headers;
    }

    private static (bool Found, string? Line, long Offset, long Skipped) Resync(ByteReader reader)
    {
        var from = reader.Position;
        while (true)
        {
            var at = reader.Position;
            var line = reader.ReadLine(256);
            if (line is null) return (false, null, at, at - from);
            if (line.StartsWith("WARC/1.", StringComparison.Ordinal) || line.StartsWith("WARC/0.", StringComparison.Ordinal))
                return (true, line, at, at - from);
        }
    }

    private static ReadError Truncated(string input, string type, long offset, long expected, long got) =>
        new(input, ErrorCodes.WarcRecordMalformed, $"WARC {Kind(type)} record is cut short: {got} of {expected} bytes", offset);

    private static string Kind(string type) => type.Length == 0 ? "untyped" : type;

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private static ReadOnlySpan<byte> SkipBlank(ReadOnlySpan<byte> head)
    {
        var i = 0;
        while (i < head.Length && head[i] is (byte)'\r' or (byte)'\n') i++;
        return head[i..];
    }
}
