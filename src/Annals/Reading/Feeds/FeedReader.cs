using Annals.Reading.Html;

namespace Annals.Reading.Feeds;

/// <summary>Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 feeds: each item becomes an article, streamed.</summary>
/// <remarks>The item's full content (<c>content:encoded</c>, Atom content) is preferred to its description. Thread-safe.</remarks>
public sealed class FeedReader : IArticleReader
{
    /// <inheritdoc />
    public bool Accepts(string inputName, ReadOnlySpan<byte> head)
    {
        if (HtmlArticleReader.FirstSignificantByte(head) != (byte)'<') return false;
        var start = HtmlArticleReader.Latin1Head(head, 4096);
        var ext = Path.GetExtension(inputName).ToLowerInvariant();
        var trimmed = start.TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', '\u00FE', '\u00FF', ' ', '\t', '\r', '\n');
        var rootish = start.Contains("<rss", StringComparison.Ordinal) || start.Contains("<feed", StringComparison.Ordinal) || start.Contains(":RDF", StringComparison.Ordinal) || start.Contains("<RDF", StringComparison.Ordinal);
        if (rootish && trimmed.StartsWith('<')) return !trimmed.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) && !trimmed.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
        return ext is ".rss" or ".atom" or ".rdf" or ".xml" or ".feed" && trimmed.StartsWith('<');
    }

    /// <inheritdoc />
    public IEnumerable<ReadItem> Read(string inputName, Stream input)
    {
        foreach (var entry in FeedParser.Parse(inputName, input))
        {
            if (entry.Error is { } error)
            {
                yield return entry.Fatal ? ReadItem.Fail(error) : ReadItem.Skip(error);
                continue;
            }
            var item = entry.Item!;
            var article = ToArticle(inputName, item);
            if (article is null)
            {
                yield return ReadItem.Ignore("feed item without title or text");
                continue;
            }
            yield return ReadItem.Of(article);
        }
    }

    /// <summary>The article a feed item stands for; null when it has neither title nor text.</summary>
    public static Article? ToArticle(string inputName, FeedItem item)
    {
        var text = HtmlText.ToText(item.Content);
        if (text.Length == 0 && item.Title is null) return null;
        return new Article
        {
            Id = item.Id ?? item.Link ?? ArticleId.FromContent(item.Title, text),
            Url = item.Link,
            Title = item.Title,
            Text = text,
            Published = item.Published,
            Author = item.Author,
            Language = item.Language,
            Source = inputName,
            Format = item.Format,
        };
    }
}
