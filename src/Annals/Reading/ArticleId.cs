using System.Security.Cryptography;
using System.Text;

namespace Annals.Reading;

/// <summary>Stable article ids for inputs that do not give one.</summary>
public static class ArticleId
{
    /// <summary>An id derived from the article's title and text: the same content always gets the same id.</summary>
    public static string FromContent(string? title, string text)
    {
        var bytes = Encoding.UTF8.GetBytes((title ?? "") + "\n" + text);
        var hash = SHA256.HashData(bytes);
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
