using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Annals.Reading.Html;

/// <summary>Turns one HTML page into an article: metadata, then main text by own heuristics, with SmartReader (a Readability port) as the fallback.</summary>
/// <remarks>
/// Own extraction wins unless it finds little text or much less than the fallback, the way
/// trafilatura layers its rules over Readability. Thread-safe: the parser is created per page.
/// </remarks>
public static class HtmlPageReader
{
    private const int MinOwnText = 250;

    /// <summary>Reads a decoded page; null when it holds no article text.</summary>
    /// <param name="inputName">The input's name, for <see cref="Article.Source"/>.</param>
    /// <param name="html">The page.</param>
    /// <param name="url">Where the page came from (a WARC record's target URI), when known.</param>
    /// <param name="fetched">When it was fetched: the latest date the page can have been published, and its date when the page gives none.</param>
    /// <param name="id">An id the container gave (a WARC record id), else one is derived from the content.</param>
    public static Article? Read(string inputName, string html, string? url = null, PublicationDate? fetched = null, string? id = null)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        IHtmlDocument document = parser.ParseDocument(html);
        var meta = MetadataExtractor.Extract(document, url, fetched?.Date);
        var text = MainTextExtractor.Extract(document, meta.Title);
        if (text.Length < MinOwnText)
        {
            var fallback = Fallback(html, url);
            if (fallback.Length > text.Length) text = fallback;
        }
        if (text.Length == 0) return null;
        return new Article
        {
            Id = id ?? ArticleId.FromContent(meta.Title, text),
            Url = meta.CanonicalUrl ?? url,
            Title = meta.Title,
            Text = text,
            Published = meta.Published ?? fetched,
            Author = meta.Author,
            Language = meta.Language,
            Source = url ?? inputName,
            Format = ArticleFormat.Html,
        };
    }

    /// <summary>Only the metadata of a decoded page (title, byline, date, canonical URL, language): cheaper than <see cref="Read"/>.</summary>
    /// <param name="html">The page.</param>
    /// <param name="url">Where the page came from, when known.</param>
    /// <param name="fetched">When it was fetched, when known: no publication date can be later.</param>
    public static PageMetadata ReadMetadata(string html, string? url = null, NodaTime.LocalDate? fetched = null) =>
        MetadataExtractor.Extract(new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html), url, fetched);

    /// <summary>Readability's answer, as plain paragraphs.</summary>
    internal static string Fallback(string html, string? url)
    {
        try
        {
            var reader = new SmartReader.Reader(url ?? "https://localhost/", html)
            {
                Debug = false,
            };
            var article = reader.GetArticle();
            if (!article.IsReadable || article.Content is null) return "";
            var parser = new HtmlParser();
            var doc = parser.ParseDocument("<html><body>" + article.Content + "</body></html>");
            return string.Join("\n\n", BlockCollector.Collect(doc.Body!).Select(b => b.Text));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The fallback is best effort: a page it cannot handle is one our own rules already judged.
            return "";
        }
    }

}
