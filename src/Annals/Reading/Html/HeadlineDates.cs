using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NodaTime;

namespace Annals.Reading.Html;

/// <summary>The date written in a page's body that most likely tells when its article appeared.</summary>
/// <remarks>
/// Pages that declare no date for machines still print one for readers, usually just above or below
/// the headline, in an element whose class says so (<c>date</c>, <c>byline</c>, <c>meta</c>) or after
/// a word such as "published" or "Datum". Every full date in the body text, in <c>&lt;time&gt;</c>
/// and in date titles is a candidate; the one nearest after the headline wins, with such markup and
/// cue words bringing a date nearer and navigation, sidebars, link lists and running prose pushing
/// it away. Comment threads are skipped: their dates are the readers', not the article's. One walk
/// over the tree, with date patterns run only on text that holds a digit. Thread-safe.
/// </remarks>
internal static class HeadlineDates
{
    private static readonly string[] DateHints =
        ["date", "time", "publish", "posted", "byline", "meta", "datum", "info", "created", "stand", "submitted", "author"];

    private static readonly string[] PeripheralHints = ["sidebar", "widget", "related", "footer", "menu", "breadcrumb"];

    private static readonly string[] PublishCues =
        ["publi", "veröffentlicht", "erschienen", "posted", "datum", "date:", "stand", "geschrieben", "written", "created", "erstellt", "uploaded"];

    private static readonly HashSet<string> Unread = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "select", "option", "textarea", "svg", "iframe", "button",
    };

    /// <summary>The date nearest the headline, not after <paramref name="notAfter"/>; null when the body holds none.</summary>
    public static LocalDate? Nearest(IHtmlDocument document, LocalDate? notAfter)
    {
        if (document.Body is not { } body) return null;
        var headline = document.QuerySelector("article h1, main h1") ?? document.QuerySelector("h1");
        var walk = new Walk(headline, notAfter);
        walk.Run(body);
        return walk.Best();
    }

    /// <summary>Whether <paramref name="element"/> sits in a comment thread.</summary>
    public static bool InComments(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (IsComments(e)) return true;
        }
        return false;
    }

    private static bool IsComments(IElement e)
    {
        if (e.LocalName is "body" or "html" or "main") return false;
        if (e.Id?.Contains("comment", StringComparison.OrdinalIgnoreCase) == true) return true;
        foreach (var token in e.ClassList)
        {
            // "comments-open" describes the article (it accepts comments), not a thread.
            if (token.Contains("comment", StringComparison.OrdinalIgnoreCase)
                && !token.EndsWith("-open", StringComparison.OrdinalIgnoreCase) && !token.EndsWith("-closed", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>What the enclosing elements say about the text inside them.</summary>
    private readonly record struct Place(bool Hinted, bool InTime, bool Peripheral, bool InList, bool InLink, bool InArticle)
    {
        public Place Enter(IElement e)
        {
            var name = e.LocalName;
            var labels = Labels(e);
            var inArticle = InArticle || name is "article" or "main";
            return new Place(
                Hinted || Marked(e),
                InTime || name == "time",
                Peripheral || name is "nav" or "aside" || (name == "footer" && !inArticle) || ContainsAny(labels, PeripheralHints),
                InList || name == "li",
                InLink || name == "a",
                inArticle);
        }

        public double Factor()
        {
            var f = 1.0;
            if (Hinted) f *= 0.3;
            if (InTime) f *= 0.5;
            if (Peripheral) f *= 3;
            if (InList) f *= 1.5;
            if (InLink) f *= 1.5;
            return f;
        }
    }

    private sealed class Walk(IElement? headline, LocalDate? notAfter)
    {
        private readonly List<(int Offset, double Factor, LocalDate Date)> candidates = [];
        private int offset;
        private int? anchor;
        private string recent = "";

        public void Run(IElement body)
        {
            var stack = new Stack<(INode Node, Place Place)>();
            stack.Push((body, default));
            while (stack.Count > 0)
            {
                var (node, place) = stack.Pop();
                if (node is IText text)
                {
                    Read(text.Data, place);
                    continue;
                }
                if (node is not IElement element || Unread.Contains(element.LocalName) || IsComments(element)) continue;
                var inner = place.Enter(element);
                if (element == headline) anchor = offset;
                ReadAttributes(element, inner);
                for (var i = element.ChildNodes.Length - 1; i >= 0; i--) stack.Push((element.ChildNodes[i], inner));
            }
        }

        public LocalDate? Best()
        {
            LocalDate? best = null;
            var bestScore = double.MaxValue;
            var from = anchor ?? 0;
            foreach (var (at, factor, date) in candidates)
            {
                // A date above the headline is more often the site's (today's date, a ticker) than the article's.
                var distance = at >= from ? at - from : (from - at) * 3;
                var score = (distance + 100) * factor;
                if (score < bestScore) (best, bestScore) = (date, score);
            }
            return best;
        }

        private void Read(string text, Place place)
        {
            if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            {
                foreach (var (index, date) in TextDates.All(text))
                {
                    var factor = place.Factor();
                    var before = recent + text[..index];
                    if (ContainsAny(before.Length > 40 ? before[^40..] : before, PublishCues)) factor *= 0.5;
                    // A date deep inside running prose is what the article is about, not when it appeared.
                    if (index > 40 && text.Length > 200) factor *= 3;
                    Add(offset + index, factor, date);
                }
            }
            offset += text.Length;
            if (!string.IsNullOrWhiteSpace(text)) recent = text.Length > 40 ? text[^40..] : text;
        }

        private void ReadAttributes(IElement element, Place place)
        {
            // A title that is a date is the full form of a short one shown ("3 days ago", "08:00").
            var value = element.LocalName switch
            {
                "time" => element.GetAttribute("datetime") ?? element.GetAttribute("title"),
                "abbr" => element.GetAttribute("title"),
                _ => element.LocalName == "span" || Marked(element) ? element.GetAttribute("title") : null,
            };
            if (value is null || value.AsSpan().IndexOfAnyInRange('0', '9') < 0) return;
            if (TextDates.FromAttribute(value) is { } date) Add(offset, place.Factor(), date.Date);
        }

        private void Add(int at, double factor, LocalDate date)
        {
            if (notAfter is { } last && date > last) return;
            candidates.Add((at, factor, date));
        }
    }

    private static string Labels(IElement e) => $"{e.ClassName} {e.Id} {e.GetAttribute("itemprop")}";

    // Whether the element's own class, id or itemprop says it holds a date. Blog engines list a post's
    // state and taxonomy as classes ("status-publish", "tag-dating"): those name no date.
    private static bool Marked(IElement e)
    {
        if (ContainsAny(e.Id ?? "", DateHints) || ContainsAny(e.GetAttribute("itemprop") ?? "", DateHints)) return true;
        foreach (var token in e.ClassList)
        {
            if (token.StartsWith("status-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("tag-", StringComparison.OrdinalIgnoreCase)
                || token.StartsWith("category-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("format-", StringComparison.OrdinalIgnoreCase)) continue;
            if (ContainsAny(token, DateHints)) return true;
        }
        return false;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
