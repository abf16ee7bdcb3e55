namespace Annals.Text;

/// <summary>The stored form of a token inside <see cref="Doc"/>.</summary>
internal readonly record struct TokenData(int Start, int End, TokenKind Kind, string Text, string Norm);
