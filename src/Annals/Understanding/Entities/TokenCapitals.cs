using System.Buffers;
using Annals.Text;

namespace Annals.Understanding.Entities;

/// <summary>Whether each token of an article opens with a capital letter, and whether it is a word.</summary>
/// <remarks>
/// Most of the recogniser's passes ask it of every token, and each answer otherwise reads the token's string: it is
/// worked out once per article, into a rented array that <see cref="Dispose"/> gives back.
/// </remarks>
internal readonly struct TokenCapitals : IDisposable
{
    private const byte Capital = 1;
    private const byte Word = 2;

    private readonly byte[] _flags;

    public TokenCapitals(Doc doc)
    {
        var tokens = doc.TokenData;
        _flags = ArrayPool<byte>.Shared.Rent(Math.Max(1, tokens.Length));
        for (var i = 0; i < tokens.Length; i++)
        {
            var text = tokens[i].Text;
            _flags[i] = (byte)((text.Length > 0 && char.IsUpper(text[0]) ? Capital : 0) | (tokens[i].Kind == TokenKind.Word ? Word : 0));
        }
    }

    /// <summary>As <see cref="Token.IsCapitalized"/>.</summary>
    public bool IsCapitalized(int token) => (_flags[token] & Capital) != 0;

    /// <summary>A word that opens with a capital letter.</summary>
    public bool IsCapitalizedWord(int token) => _flags[token] == (Capital | Word);

    public void Dispose() => ArrayPool<byte>.Shared.Return(_flags);
}
