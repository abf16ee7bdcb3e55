using AngleSharp.Html.Dom;

namespace Annals.Reading.Html;

/// <summary>Publication dates that a page's scripts keep for their own use: <c>"publishedAt":"2019-03-02T06:22:28+01:00"</c> and the like.</summary>
/// <remarks>
/// Shops, single-page applications and analytics layers often hold the article's dates in script
/// variables rather than in meta tags. A key naming publication (or, failing that, creation)
/// followed by a quoted date counts. Plain substring scans, no regular expression over the script
/// text. Thread-safe.
/// </remarks>
internal static class ScriptDates
{
    // Publication outranks creation: a record created as a draft may be published days later.
    private static readonly string[] Keys = ["publi", "created"];

    private const int LongestValue = 40;

    /// <summary>The first publication (else creation) date in the page's scripts that <paramref name="admits"/> allows.</summary>
    public static PublicationDate? Find(IHtmlDocument document, Func<PublicationDate?, bool> admits)
    {
        var texts = document.Scripts.Where(s => !s.HasAttribute("src")).Select(s => s.Text).ToList();
        foreach (var key in Keys)
        {
            foreach (var text in texts)
            {
                for (var at = text.IndexOf(key, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(key, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    if (TextDates.FromAttribute(ValueAfter(text, at + key.Length)) is { } d && admits(d)) return d;
                }
            }
        }
        return null;
    }

    // The quoted value after the rest of the key and a ':' or '=': "_at": "2019-…" or Date = '2019-…'.
    private static string? ValueAfter(string text, int i)
    {
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-')) i++;
        while (i < text.Length && text[i] is '"' or '\'' or '\\' or ' ') i++;
        if (i >= text.Length || text[i] is not (':' or '=')) return null;
        i++;
        while (i < text.Length && text[i] is ' ' or '\\') i++;
        if (i >= text.Length || text[i] is not ('"' or '\'')) return null;
        var start = i + 1;
        var end = text.IndexOfAny(['"', '\'', '\\'], start, Math.Min(LongestValue, text.Length - start));
        return end > start ? text[start..end] : null;
    }
}
