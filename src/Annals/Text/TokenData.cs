namespace Annals.Text;

/// <summary>The stored form of a token inside <see cref="Doc"/>.</summary>
/// <remarks>
/// A token's text is always the source's characters from its start, so its end is not stored but read from the
/// text's length: a token takes 24 bytes instead of 32, and a news article has some 440 of them.
/// </remarks>
internal readonly struct TokenData(int start, TokenKind kind, string text, string norm)
{
    /// <summary>Offset of the first character in the document's text.</summary>
    public int Start { get; } = start;

    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Text.Length;

    /// <summary>The token's shape.</summary>
    public TokenKind Kind { get; } = kind;

    /// <summary>The token text, as in the source.</summary>
    public string Text { get; } = text;

    /// <summary>The token text in the form dictionaries match on.</summary>
    public string Norm { get; } = norm;
}
