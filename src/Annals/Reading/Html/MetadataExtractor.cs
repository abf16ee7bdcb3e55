using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NodaTime;

namespace Annals.Reading.Html;

/// <summary>Reads title, byline, publication date, canonical URL and language from a parsed page.</summary>
/// <remarks>
/// Structured data first (JSON-LD, Open Graph and other meta tags, microdata), then markup: the
/// order in which the evidence is most often right. The publication date has its own search
/// (<see cref="PublishedDateFinder"/>). Thread-safe.
/// </remarks>
public static partial class MetadataExtractor
{
    /// <summary>Reads the metadata of <paramref name="document"/>; <paramref name="url"/> is where the page came from, when known.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="url">Where the page came from, when known.</param>
    /// <param name="notAfter">When the page was fetched, when known: no publication date can be later.</param>
    public static PageMetadata Extract(IHtmlDocument document, string? url, LocalDate? notAfter = null)
    {
        var metas = ReadMetas(document);
        var ld = JsonLd.Read(document);
        var canonical = document.QuerySelector("link[rel=canonical][href]")?.GetAttribute("href")?.Trim()
            ?? Meta(metas, "og:url") ?? url;
        return new PageMetadata
        {
            Title = Title(document, metas, ld),
            Author = Author(document, metas, ld),
            Published = PublishedDateFinder.Find(document, name => Meta(metas, name), ld.DatePublished, ld.DateModified, [url, canonical], notAfter),
            CanonicalUrl = Absolute(canonical, url),
            Language = Language(document, metas),
            SiteName = Meta(metas, "og:site_name") ?? ld.SiteName,
        };
    }

    private static Dictionary<string, string> ReadMetas(IHtmlDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content")?.Trim();
            if (key is null || string.IsNullOrEmpty(content)) continue;
            metas.TryAdd(key.Trim(), content);
        }
        return metas;
    }

    private static string? Meta(Dictionary<string, string> metas, string key) =>
        metas.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? Clean(v) : null;

    private static string? Title(IHtmlDocument document, Dictionary<string, string> metas, JsonLd ld)
    {
        var og = Meta(metas, "og:title") ?? Meta(metas, "twitter:title") ?? ld.Headline;
        var title = Clean(document.Title);
        var h1 = document.QuerySelectorAll("h1").Select(h => Clean(h.TextContent)).FirstOrDefault(t => t is { Length: > 0 });
        if (og is not null) return StripSite(og, h1);
        if (title is null) return h1;
        return StripSite(title, h1);
    }

    // "Headline | Site" or "Site - Headline": keep the part that is the headline.
    private static string StripSite(string title, string? h1)
    {
        if (h1 is not null && title.Contains(h1, StringComparison.OrdinalIgnoreCase) && h1.Length >= 15) return h1;
        foreach (var sep in new[] { " | ", " – ", " — ", " - ", " :: ", " « ", " » " })
        {
            var at = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (at <= 0) continue;
            var head = title[..at].Trim();
            var tail = title[(at + sep.Length)..].Trim();
            var longer = WordCount(head) >= WordCount(tail) ? head : tail;
            if (WordCount(longer) >= 3) return longer;
        }
        return title;
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string? Author(IHtmlDocument document, Dictionary<string, string> metas, JsonLd ld)
    {
        var candidates = new[]
        {
            ld.Author, Meta(metas, "author"), Meta(metas, "article:author"), Meta(metas, "dc.creator"), Meta(metas, "parsely-author"),
            Meta(metas, "sailthru.author"), Meta(metas, "byl"), Meta(metas, "twitter:creator"),
        };
        foreach (var c in candidates)
        {
            if (c is not null && !c.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !c.StartsWith('@') && c.Length <= 100) return StripBy(c);
        }
        var byline = document.QuerySelector("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .byline, .author, .by-author, [class*=byline]");
        var text = Clean(byline?.TextContent);
        return text is { Length: > 0 and <= 100 } ? StripBy(text) : null;
    }

    private static string StripBy(string s) => ByPrefix().Replace(s, "").Trim();

    private static string? Language(IHtmlDocument document, Dictionary<string, string> metas)
    {
        var lang = document.DocumentElement.GetAttribute("lang") ?? document.DocumentElement.GetAttribute("xml:lang")
            ?? Meta(metas, "content-language") ?? Meta(metas, "og:locale") ?? Meta(metas, "language") ?? Meta(metas, "dc.language");
        if (string.IsNullOrWhiteSpace(lang)) return null;
        var primary = lang.Trim().Split('-', '_', ',', ' ')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static string? Absolute(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var abs) && (abs.Scheme == "http" || abs.Scheme == "https")) return abs.ToString();
        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, href, out var rel)) return rel.ToString();
        return href;
    }

    internal static string? Clean(string? s)
    {
        if (s is null) return null;
        var t = Spaces().Replace(System.Net.WebUtility.HtmlDecode(s), " ").Trim();
        return t.Length == 0 ? null : t;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(by|von|par|por|di|door|av)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    /// <summary>What the page's JSON-LD says about its article.</summary>
    private sealed record JsonLd(string? Headline, string? Author, string? DatePublished, string? DateModified, string? SiteName)
    {
        private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
        {
            "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
            "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "Report", "WebPage", "SocialMediaPosting", "VideoObject",
        };

        public static JsonLd Read(IHtmlDocument document)
        {
            string? headline = null, author = null, published = null, modified = null, site = null;
            var bestRank = int.MaxValue;
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                JsonDocument json;
                try
                {
                    json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                }
                catch (JsonException)
                {
                    continue;
                }
                using (json)
                {
                    foreach (var node in Objects(json.RootElement, 0))
                    {
                        var type = TypeOf(node);
                        if (type is null || !ArticleTypes.Contains(type)) continue;
                        // A page's own article outranks the WebPage wrapper that often comes first.
                        var rank = type is "WebPage" or "VideoObject" ? 1 : 0;
                        if (rank > bestRank) continue;
                        if (rank < bestRank) { headline = author = published = modified = null; bestRank = rank; }
                        headline ??= Str(node, "headline") ?? Str(node, "name");
                        published ??= Str(node, "datePublished") ?? Str(node, "dateCreated");
                        modified ??= Str(node, "dateModified");
                        author ??= Name(node, "author") ?? Name(node, "creator");
                        site ??= Name(node, "publisher");
                    }
                }
            }
            return new JsonLd(Clean(headline), Clean(author), published, modified, Clean(site));
        }

        private static IEnumerable<JsonElement> Objects(JsonElement e, int depth)
        {
            if (depth > 6) yield break;
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                    foreach (var o in Objects(item, depth + 1)) yield return o;
            }
            else if (e.ValueKind == JsonValueKind.Object)
            {
                yield return e;
                if (e.TryGetProperty("@graph", out var graph))
                    foreach (var o in Objects(graph, depth + 1)) yield return o;
                if (e.TryGetProperty("mainEntity", out var main))
                    foreach (var o in Objects(main, depth + 1)) yield return o;
            }
        }

        private static string? TypeOf(JsonElement o)
        {
            if (!o.TryGetProperty("@type", out var t)) return null;
            if (t.ValueKind == JsonValueKind.String) return t.GetString();
            if (t.ValueKind == JsonValueKind.Array)
                foreach (var x in t.EnumerateArray())
                    if (x.ValueKind == JsonValueKind.String && ArticleTypes.Contains(x.GetString()!)) return x.GetString();
            return null;
        }

        private static string? Str(JsonElement o, string name) =>
            o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private static string? Name(JsonElement o, string name)
        {
            if (!o.TryGetProperty(name, out var v)) return null;
            return v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Object => Str(v, "name"),
                JsonValueKind.Array => string.Join(", ", v.EnumerateArray()
                    .Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.ValueKind == JsonValueKind.Object ? Str(x, "name") : null)
                    .Where(x => !string.IsNullOrWhiteSpace(x))) is { Length: > 0 } joined ? joined : null,
                _ => null,
            };
        }
    }
}
