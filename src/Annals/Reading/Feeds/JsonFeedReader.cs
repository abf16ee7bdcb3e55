using System.Text.Json;
using Annals.Diagnostics;
using Annals.Reading.Html;
using Annals.Reading.Streams;

namespace Annals.Reading.Feeds;

/// <summary>Reads JSON Feed 1.0 and 1.1 (jsonfeed.org): each item becomes an article.</summary>
/// <remarks>A JSON Feed is one JSON document, read whole up to <see cref="ReadingOptions.MaxDocumentBytes"/>. Thread-safe.</remarks>
public sealed class JsonFeedReader(ReadingOptions options) : IArticleReader
{
    /// <inheritdoc />
    public bool Accepts(string inputName, ReadOnlySpan<byte> head)
    {
        if (HtmlArticleReader.FirstSignificantByte(head) != (byte)'{') return false;
        var text = HtmlArticleReader.Latin1Head(head, 4096).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        return text.StartsWith('{') && text.Contains("jsonfeed.org/version", StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public IEnumerable<ReadItem> Read(string inputName, Stream input)
    {
        var bytes = StreamHelpers.ReadAtMost(input, options.MaxDocumentBytes);
        if (bytes is null)
            return [ReadItem.Fail(new ReadError(inputName, ErrorCodes.InputTooLarge, $"a JSON Feed over {options.MaxDocumentBytes / (1024 * 1024)} MB is not read"))];
        var items = new List<ReadItem>();
        foreach (var entry in Parse(inputName, bytes))
        {
            if (entry.Error is { } e) items.Add(entry.Fatal ? ReadItem.Fail(e) : ReadItem.Skip(e));
            else if (FeedReader.ToArticle(inputName, entry.Item!) is { } a) items.Add(ReadItem.Of(a));
            else items.Add(ReadItem.Ignore("feed item without title or text"));
        }
        return items;
    }

    /// <summary>The items of a JSON Feed document.</summary>
    public static IEnumerable<FeedEntry> Parse(string inputName, byte[] bytes)
    {
        JsonDocument json;
        try
        {
            var span = bytes.AsSpan();
            if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
            json = JsonDocument.Parse(span.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return [new FeedEntry(null, new ReadError(inputName, ErrorCodes.FeedMalformed, $"not valid JSON: {e.Message}", e.BytePositionInLine, (int?)(e.LineNumber + 1)), true)];
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String
                || !(version.GetString() ?? "").Contains("jsonfeed.org/version", StringComparison.OrdinalIgnoreCase))
                return [new FeedEntry(null, new ReadError(inputName, ErrorCodes.FeedMalformed, "not a JSON Feed: no \"version\": \"https://jsonfeed.org/version/1.x\""), true)];
            var language = Lang(Str(root, "language"));
            var feedAuthor = AuthorOf(root);
            var result = new List<FeedEntry>();
            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array) return result;
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    result.Add(new FeedEntry(null, new ReadError(inputName, ErrorCodes.FeedMalformed, $"item {index} is not an object"), false));
                    continue;
                }
                var date = Str(item, "date_published") ?? Str(item, "date_modified");
                result.Add(new FeedEntry(new FeedItem
                {
                    Id = Str(item, "id") ?? (item.TryGetProperty("id", out var idNum) && idNum.ValueKind == JsonValueKind.Number ? idNum.GetRawText() : null),
                    Title = FeedParser.Plain(Str(item, "title")),
                    Link = Str(item, "url") ?? Str(item, "external_url"),
                    PublishedText = date,
                    Published = FeedDates.Parse(date),
                    Author = AuthorOf(item) ?? feedAuthor,
                    Content = Str(item, "content_html") ?? Str(item, "content_text") ?? Str(item, "summary"),
                    Language = Lang(Str(item, "language")) ?? language,
                    Format = ArticleFormat.JsonFeed,
                }, null, false));
            }
            return result;
        }
    }

    private static string? AuthorOf(JsonElement e)
    {
        if (e.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            var names = authors.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(a => Str(a, "name")).Where(n => n is not null).ToList();
            if (names.Count > 0) return string.Join(", ", names);
        }
        return e.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? Str(author, "name") : null;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString() : null;

    private static string? Lang(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Split('-', '_')[0].ToLowerInvariant();
}
