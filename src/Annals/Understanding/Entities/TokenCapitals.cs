using System.Buffers;
using Annals.Text;

namespace Annals.Understanding.Entities;

/// <summary>Whether each token of an article opens with a capital letter, and whether it is a word.</summary>
/// <remarks>
/// Most of the recogniser's passes ask it of every token, and each answer otherwise reads the token's string: it is
/// worked out once per article, into a rented array that <see cref="Dispose"/> gives back. The same reading marks the
/// rare tokens a pass looks for (hyphenated names, the words of county lists), so that the pass is skipped for an
/// article that has none, as most have.
/// </remarks>
internal readonly struct TokenCapitals : IDisposable
{
    private const byte Capital = 1;
    private const byte Word = 2;
    private const byte Hyphenated = 4;

    /// <summary>The hyphens that join the parts of a hyphenated name: hyphen-minus, hyphen, non-breaking hyphen.</summary>
    public const string Hyphens = "-‐‑";

    private static readonly SearchValues<char> HyphenSearch = SearchValues.Create(Hyphens);

    private readonly byte[] _flags;

    public TokenCapitals(Doc doc)
    {
        var tokens = doc.TokenData;
        _flags = ArrayPool<byte>.Shared.Rent(Math.Max(1, tokens.Length));
        var hyphenated = false;
        var countyWords = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var text = tokens[i].Text;
            var flags = (text.Length > 0 && char.IsUpper(text[0]) ? Capital : 0) | (tokens[i].Kind == TokenKind.Word ? Word : 0);
            if (flags == (Capital | Word) && text.AsSpan(1).ContainsAny(HyphenSearch))
            {
                flags |= Hyphenated;
                hyphenated = true;
            }
            // A token's normal form is as long as its text (Tokenizer.Normalize): the length settles most tokens unread.
            countyWords |= text.Length switch
            {
                2 or 3 => text is "Co" or "Co.",
                8 => tokens[i].Norm is "counties" or "parishes",
                _ => false,
            };
            _flags[i] = (byte)flags;
        }
        AnyHyphenatedName = hyphenated;
        AnyCountyListWord = countyWords;
    }

    /// <summary>As <see cref="Token.IsCapitalized"/>.</summary>
    public bool IsCapitalized(int token) => (_flags[token] & Capital) != 0;

    /// <summary>A word that opens with a capital letter.</summary>
    public bool IsCapitalizedWord(int token) => (_flags[token] & (Capital | Word)) == (Capital | Word);

    /// <summary>A word that opens with a capital letter and holds a hyphen: "Albany-based", "D-Minneapolis".</summary>
    public bool IsHyphenatedName(int token) => (_flags[token] & Hyphenated) != 0;

    /// <summary>Whether any token <see cref="IsHyphenatedName"/>.</summary>
    public bool AnyHyphenatedName { get; }

    /// <summary>Whether any token is "counties", "parishes", "Co" or "Co.", which county lists and abbreviations need.</summary>
    public bool AnyCountyListWord { get; }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_flags);
}
