using Annals.Text;

namespace Annals.Reading;

/// <summary>Stable article ids for inputs that do not give one.</summary>
public static class ArticleId
{
    /// <summary>An id derived from the article's title and text: the same content always gets the same id.</summary>
    public static string FromContent(string? title, string text)
    {
        using var hash = Utf8Sha256.Rent();
        hash.Append(title);
        hash.Append('\n');
        hash.Append(text);
        return Convert.ToHexStringLower(hash.Finish().AsSpan(0, 8));
    }
}
