using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NodaTime;

namespace Annals.Reading.Html;

/// <summary>Finds when a page's article was first published, from the strongest evidence down.</summary>
/// <remarks>
/// The order is the one in which the evidence is most often right, much as htmldate orders its
/// search: a full date in the URL (written by the publisher in its own time zone, where a UTC
/// timestamp may already be on the next day), JSON-LD, meta tags, microdata, dates kept in script
/// data, the date in the lead image's address, then the date written nearest the headline, and a
/// modification date only when nothing else is there. A date after
/// <c>notAfter</c> (when the page was fetched) cannot be the publication date and is passed over;
/// the clock is never consulted. Thread-safe.
/// </remarks>
internal static class PublishedDateFinder
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish_date", "publish-date", "publication_date", "publication-date", "dc.date.issued", "dcterms.issued", "dc.date.created",
        "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "article_date_original", "date_published",
        "cxenseparse:recs:publishtime", "citation_publication_date", "citation_date", "originalpublicationdate", "og:pubdate",
        "rnews:datepublished", "bt:pubdate", "published_time", "date", "dc.date", "dcterms.date", "created", "displaydate",
        "uploaddate",
    ];

    private static readonly string[] ModifiedMetaNames =
        ["article:modified_time", "og:updated_time", "datemodified", "lastmod", "last-modified", "dcterms.modified", "dc.date.modified"];

    /// <summary>The publication date of <paramref name="document"/>, or null when the page states none.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="meta">Reads a meta tag's content by name or property.</param>
    /// <param name="ldPublished">The JSON-LD article's <c>datePublished</c>.</param>
    /// <param name="ldModified">The JSON-LD article's <c>dateModified</c>.</param>
    /// <param name="urls">Where the page came from and its canonical address.</param>
    /// <param name="notAfter">The latest possible date (when the page was fetched), when known.</param>
    public static PublicationDate? Find(IHtmlDocument document, Func<string, string?> meta, string? ldPublished, string? ldModified,
        IEnumerable<string?> urls, LocalDate? notAfter)
    {
        bool Admits(PublicationDate? d) => d is not null && (notAfter is not { } last || d.Date <= last);

        var structured = Structured(document, meta, ldPublished, Admits);
        foreach (var url in urls)
        {
            if (TextDates.FromUrl(url) is { } fromUrl && Admits(new PublicationDate(fromUrl)))
                return structured?.Date == fromUrl ? structured : new PublicationDate(fromUrl);
        }
        if (structured is not null) return structured;
        if (ScriptDates.Find(document, Admits) is { } fromScript) return fromScript;
        // The lead image is usually uploaded with the article, into a folder named by the day.
        if (TextDates.FromUrl(meta("og:image") ?? meta("twitter:image")) is { } fromImage && Admits(new PublicationDate(fromImage)))
            return new PublicationDate(fromImage);
        if (HeadlineDates.Nearest(document, notAfter) is { } written) return new PublicationDate(written);
        foreach (var name in ModifiedMetaNames)
        {
            if (TextDates.FromAttribute(meta(name)) is { } d && Admits(d)) return d;
        }
        var modified = TextDates.FromAttribute(ldModified);
        return Admits(modified) ? modified : null;
    }

    // What the page declares for machines: JSON-LD, meta tags, microdata.
    private static PublicationDate? Structured(IHtmlDocument document, Func<string, string?> meta, string? ldPublished, Func<PublicationDate?, bool> admits)
    {
        if (TextDates.FromAttribute(ldPublished) is { } fromLd && admits(fromLd)) return fromLd;
        foreach (var name in DateMetaNames)
        {
            if (TextDates.FromAttribute(meta(name)) is { } d && admits(d)) return d;
        }
        foreach (var el in document.QuerySelectorAll("[itemprop=datePublished], [itemprop=dateCreated]"))
        {
            if (HeadlineDates.InComments(el)) continue;
            var v = el.GetAttribute("content") ?? el.GetAttribute("datetime") ?? el.GetAttribute("title") ?? el.TextContent;
            if (TextDates.FromAttribute(v) is { } d && admits(d)) return d;
        }
        return null;
    }
}
