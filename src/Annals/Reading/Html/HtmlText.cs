using AngleSharp.Html.Parser;

namespace Annals.Reading.Html;

/// <summary>Turns an HTML fragment (a feed item's content, a JSON record's body) into paragraphs of plain text.</summary>
/// <remarks>Thread-safe.</remarks>
public static class HtmlText
{
    /// <summary>Plain text of <paramref name="fragment"/>, paragraphs separated by blank lines; text without markup is returned trimmed.</summary>
    public static string ToText(string? fragment)
    {
        if (string.IsNullOrWhiteSpace(fragment)) return "";
        if (!LooksLikeHtml(fragment)) return System.Net.WebUtility.HtmlDecode(fragment).Trim();
        var document = new HtmlParser().ParseDocument("<html><body>" + fragment + "</body></html>");
        return string.Join("\n\n", BlockCollector.Collect(document.Body!).Select(b => b.Text));
    }

    /// <summary>Whether <paramref name="text"/> holds HTML tags or entities.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var lt = text.IndexOf('<');
        if (lt >= 0 && lt + 1 < text.Length && (char.IsAsciiLetter(text[lt + 1]) || text[lt + 1] is '/' or '!')) return true;
        var amp = text.IndexOf('&');
        return amp >= 0 && text.IndexOf(';', amp) is var semi && semi > amp && semi - amp < 10;
    }
}
