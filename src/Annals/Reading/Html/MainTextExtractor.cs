using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Annals.Reading.Html;

/// <summary>Finds a page's main text: prunes boilerplate, descends to the element that holds the article's paragraphs, and keeps its text-dense blocks.</summary>
/// <remarks>
/// <para>Three general signals, none specific to a site: markup that names boilerplate (navigation,
/// sharing, comments, related links, advertising), link density (navigation is mostly links, prose is
/// not), and text density (articles are runs of long paragraphs). The container is the deepest element
/// that still holds nearly all of the page's good paragraph text, which is robust to wrappers and to
/// articles split over sibling blocks.</para>
/// <para>Mutates the document it is given (pruning); read metadata first. Thread-safe across documents.</para>
/// </remarks>
internal static partial class MainTextExtractor
{
    private const int GoodBlockLength = 80;

    /// <summary>The main text of <paramref name="document"/>, paragraphs separated by blank lines; empty when nothing reads like prose.</summary>
    public static string Extract(IHtmlDocument document, string? title)
    {
        if (document.Body is not { } body) return "";
        var candidates = PruneByTag(body);
        var scores = new Dictionary<IElement, int>();
        GoodText(body, scores);
        PruneByName(body, candidates, scores);
        IElement container = HeadlinedArticle(body, scores) ?? body;
        var total = scores[container];
        if (total > 0)
        {
            while (true)
            {
                IElement? next = null;
                foreach (var child in container.Children)
                {
                    if (scores.TryGetValue(child, out var s) && s >= total * 0.85) { next = child; break; }
                }
                if (next is null) break;
                container = next;
            }
        }
        var blocks = BlockCollector.Collect(container);
        return Render(Filter(blocks, title));
    }

    // The <article> that holds the headline, when it has prose of its own: the page's story, whatever teasers of other
    // stories (also <article>s, with their own paragraphs) follow it.
    private static IElement? HeadlinedArticle(IElement body, Dictionary<IElement, int> scores)
    {
        var article = body.QuerySelector("h1")?.Closest("article");
        return article is not null && scores.GetValueOrDefault(article) > 0 ? article : null;
    }

    /// <summary>Text of good blocks (long, few links) under <paramref name="element"/>, memoised per element; lengths as <see cref="TextBlock.Measure"/> counts them.</summary>
    private static int GoodText(IElement element, Dictionary<IElement, int> scores)
    {
        var sum = 0;
        var own = 0;
        var ownLinks = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e)
            {
                if (IsInline(e.LocalName))
                {
                    var t = TextBlock.Measure(e.TextContent);
                    own += t;
                    if (e.LocalName == "a") ownLinks += t;
                    else ownLinks += e.QuerySelectorAll("a").Sum(a => TextBlock.Measure(a.TextContent));
                }
                else
                {
                    sum += GoodText(e, scores);
                }
            }
            else if (child is IText text)
            {
                own += TextBlock.Measure(text.Data.AsSpan().Trim());
            }
        }
        if (own >= GoodBlockLength && ownLinks < own * 0.3) sum += own - ownLinks;
        scores[element] = sum;
        return sum;
    }

    private static bool IsInline(string tag) => tag is "a" or "span" or "b" or "strong" or "i" or "em" or "u" or "small" or "sup" or "sub"
        or "abbr" or "cite" or "q" or "mark" or "code" or "time" or "font" or "br" or "s" or "del" or "ins" or "dfn" or "var" or "kbd" or "label";

    // Removes what the markup itself marks as not content (scripts, navigation, hidden parts); returns the elements
    // whose class or id names boilerplate, to be judged once the page's prose has been measured.
    private static List<IElement> PruneByTag(IElement body)
    {
        var remove = new List<IElement>();
        var named = new List<IElement>();
        foreach (var e in body.QuerySelectorAll("*"))
        {
            var tag = e.LocalName;
            // Not <form>: ASP.NET pages wrap the whole page in one.
            if (tag is "script" or "style" or "noscript" or "template" or "svg" or "iframe" or "nav" or "aside" or "footer"
                or "figcaption" or "button" or "select" or "textarea" or "dialog")
            {
                remove.Add(e);
                continue;
            }
            if (e.HasAttribute("hidden") || Hidden().IsMatch(e.GetAttribute("style") ?? "") || e.GetAttribute("aria-hidden") == "true" && e.TextContent.Length < 200)
            {
                remove.Add(e);
                continue;
            }
            var role = e.GetAttribute("role");
            if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "menu" or "menubar" or "dialog" or "alert")
            {
                remove.Add(e);
                continue;
            }
            if (tag == "header" && e.TextContent.Length < 400)
            {
                remove.Add(e);
                continue;
            }
            var names = (e.ClassName ?? "") + " " + (e.Id ?? "");
            if (names.Length > 1 && Boilerplate().IsMatch(names) && !Content().IsMatch(e.Id ?? "")) named.Add(e);
        }
        foreach (var e in remove) e.Remove();
        return named;
    }

    // A name is weaker evidence than text: an element named like boilerplate ("widget", "sidebar-left") that holds the
    // headline and most of the page's prose, or several long paragraphs, is the article's wrapper and stays; a comment
    // thread's paragraphs do not save it. Keeps the prose scores current by taking each removed element's score off its ancestors.
    private static void PruneByName(IElement body, List<IElement> named, Dictionary<IElement, int> scores)
    {
        var total = scores[body];
        foreach (var e in named)
        {
            if (!body.Contains(e)) continue;
            var score = scores.GetValueOrDefault(e);
            var headline = e.QuerySelector("h1") is not null;
            var comments = Comments().IsMatch((e.ClassName ?? "") + " " + (e.Id ?? ""));
            if (headline && score > 0 && score >= total * 0.5 || !comments && HoldsProse(e)) continue;
            if (score > 0)
                for (var a = e.ParentElement; a is not null; a = a.ParentElement)
                    if (scores.ContainsKey(a)) scores[a] -= score;
            e.Remove();
        }
    }

    // Several long, link-poor paragraphs are prose whatever the wrapper is called.
    private static bool HoldsProse(IElement e)
    {
        var paragraphs = 0;
        foreach (var p in e.QuerySelectorAll("p"))
        {
            var text = p.TextContent;
            if (text.Length < 120) continue;
            var links = p.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
            if (links < text.Length * 0.3 && ++paragraphs >= 3) return true;
        }
        return false;
    }

    private static List<TextBlock> Filter(List<TextBlock> blocks, string? title)
    {
        var kept = new List<TextBlock>();
        foreach (var b in blocks)
        {
            if (b.LinkDensity > 0.5 && b.Text.Length < 400) continue;
            if (b.Text.Length < 40 && b.LinkDensity > 0.2) continue;
            if (title is not null && string.Equals(b.Text, title, StringComparison.OrdinalIgnoreCase)) continue;
            if (b.Text.Length < 60 && Chrome().IsMatch(b.Text)) continue;
            kept.Add(b);
        }
        // Short lines before the first paragraph and after the last are bylines, dates and widget labels, not the article.
        var first = kept.FindIndex(IsProse);
        if (first < 0) return kept;
        var last = kept.FindLastIndex(IsProse);
        var result = new List<TextBlock>();
        for (var i = 0; i < kept.Count; i++)
        {
            var b = kept[i];
            if ((i < first || i > last) && !LooksLikeSentence(b)) continue;
            result.Add(b);
        }
        return result;
    }

    private static bool IsProse(TextBlock b) => b.ProseLength >= 100 && b.LinkDensity < 0.3;

    private static bool LooksLikeSentence(TextBlock b) => b.ProseLength >= 60 && b.Text[^1] is '.' or '!' or '?' or '"' or '”' or '»' or ')' or '。' or '！' or '？' or '」' or '』';

    private static string Render(List<TextBlock> blocks)
    {
        var sb = new StringBuilder();
        foreach (var b in blocks)
        {
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(b.Text);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"(^|[\s_-])(comments?|commentlist|disqus|share|sharing|social|sociable|related|recommend(ed|ations)?|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|adslot|sponsor(ed)?|cookie|consent|gdpr|breadcrumbs?|sidebar|widget|menu|navbar|navigation|nav|footer|masthead|banner|popup|modal|signup|login|pagination|pager|tags|tagcloud|taglist|author-?bio|more-stories|trending|most-?popular|outbrain|taboola|toolbar|print|skip|jump|rating|byline|dateline|timestamp|meta|caption|credits?|hidden|sr-only|visually-hidden|screen-reader-text)($|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"(^|[\s_-])(comments?|commentlist|disqus)($|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex Comments();

    [GeneratedRegex(@"(article|story|post|entry)[-_]?(body|content|text)|articlebody|main[-_]?content", RegexOptions.IgnoreCase)]
    private static partial Regex Content();

    [GeneratedRegex(@"^(advertisement|advert|anzeige|publicité|share( this)?( article| story)?|tweet|email|print|comments?|subscribe|sign up|read more|related( articles| stories)?|more on this|follow us|click here|loading\.*|see also|photo:.*|image:.*|getty images|ap photo.*|reuters.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Chrome();
}
