using System.Text;
using System.Text.Json;
using Annals.Diagnostics;
using Annals.Reading.Feeds;
using Annals.Reading.Html;
using NodaTime;

namespace Annals.Reading.JsonLines;

/// <summary>Reads JSON Lines dumps: one JSON object per line, each an article; fields named by a <see cref="JsonLinesMap"/>.</summary>
/// <remarks>
/// Streams line by line: a dump of any size is read in the memory of its longest line. A line that is
/// not a JSON object, or has no text, is reported with its line number and skipped. HTML in the text
/// field is turned into plain text. Thread-safe.
/// </remarks>
public sealed class JsonLinesReader(ReadingOptions options) : IArticleReader
{
    /// <inheritdoc />
    public bool Accepts(string inputName, ReadOnlySpan<byte> head)
    {
        var ext = Path.GetExtension(inputName).ToLowerInvariant();
        if (ext is ".jsonl" or ".ndjson" or ".jsonlines") return true;
        if (HtmlArticleReader.FirstSignificantByte(head) != (byte)'{') return false;
        var text = HtmlArticleReader.Latin1Head(head, 4096).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        if (!text.StartsWith('{')) return false;
        var newline = text.IndexOf('\n');
        // One object per line: the first line closes its object (a pretty-printed JSON document does not).
        return newline > 0 && text[..newline].TrimEnd().EndsWith('}');
    }

    /// <inheritdoc />
    public IEnumerable<ReadItem> Read(string inputName, Stream input)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var map = options.JsonLinesMap;
        var lineNumber = 0;
        long offset = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var lineOffset = offset;
            offset += System.Text.Encoding.UTF8.GetByteCount(line) + 1;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (line.Length > options.MaxRecordBytes)
            {
                yield return ReadItem.Skip(new ReadError(inputName, ErrorCodes.RecordTooLarge, "line too long; skipped", lineOffset, lineNumber));
                continue;
            }
            var (article, error) = Parse(inputName, line, map, lineNumber);
            yield return article is not null
                ? ReadItem.Of(article)
                : ReadItem.Skip(new ReadError(inputName, ErrorCodes.JsonLineMalformed, error!, lineOffset, lineNumber));
        }
    }

    private static (Article? Article, string? Error) Parse(string inputName, string line, JsonLinesMap map, int lineNumber)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return (null, $"not valid JSON: {e.Message.Split(" Path:")[0]}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, $"a {root.ValueKind.ToString().ToLowerInvariant()}, not a JSON object");
            var rawText = Find(root, map.Text);
            var title = Find(root, map.Title);
            if (string.IsNullOrWhiteSpace(rawText))
                return (null, $"no text (looked for {string.Join(", ", map.Text.Select(n => $"\"{n}\""))}; use --map text=FIELD)");
            var text = HtmlText.LooksLikeHtml(rawText) ? HtmlText.ToText(rawText) : rawText.Trim();
            var publishedRaw = FindElement(root, map.Published);
            return (new Article
            {
                Id = Find(root, map.Id) ?? ArticleId.FromContent(title, text),
                Url = Find(root, map.Url),
                Title = title is null ? null : FeedParser.Plain(title),
                Text = text,
                Published = Date(publishedRaw),
                Author = Find(root, map.Author),
                Language = Find(root, map.Language)?.Split('-', '_')[0].ToLowerInvariant(),
                Source = Find(root, map.Source) ?? $"{inputName}:{lineNumber}",
                Format = ArticleFormat.Jsonl,
            }, null);
        }
    }

    private static PublicationDate? Date(JsonElement? value)
    {
        if (value is not { } v) return null;
        if (v.ValueKind == JsonValueKind.String) return FeedDates.Parse(v.GetString());
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var epoch))
        {
            // Seconds or milliseconds since 1970, told apart by size.
            var instant = epoch > 100_000_000_000 ? Instant.FromUnixTimeMilliseconds(epoch) : Instant.FromUnixTimeSeconds(epoch);
            return new PublicationDate(instant.InUtc().Date, instant);
        }
        return null;
    }

    private static string? Find(JsonElement root, IReadOnlyList<string> names)
    {
        if (FindElement(root, names) is not { } v) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetString()) ? null : v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.Array => string.Join(", ", v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString())) is { Length: > 0 } s ? s : null,
            JsonValueKind.Object when v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
            _ => null,
        };
    }

    private static JsonElement? FindElement(JsonElement root, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            var current = root;
            var found = true;
            foreach (var part in name.Split('.'))
            {
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current)) { found = false; break; }
            }
            if (found && current.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)) return current;
        }
        return null;
    }


}
