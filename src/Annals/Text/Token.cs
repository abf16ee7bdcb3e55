namespace Annals.Text;

/// <summary>A view of one token of a <see cref="Doc"/>.</summary>
/// <remarks>A cheap value: it holds the document and an index; the data lives in the document's arrays.</remarks>
public readonly struct Token
{
    private readonly Doc _doc;

    internal Token(Doc doc, int index)
    {
        _doc = doc;
        Index = index;
    }

    /// <summary>Position of the token in the document.</summary>
    public int Index { get; }

    /// <summary>Offset of the first character in the document's text.</summary>
    public int Start => _doc.TokenData[Index].Start;

    /// <summary>Offset just past the last character.</summary>
    public int End => _doc.TokenData[Index].End;

    /// <summary>The token's range of the text.</summary>
    public TextRange Range => new(Start, End);

    /// <summary>The token's shape.</summary>
    public TokenKind Kind => _doc.TokenData[Index].Kind;

    /// <summary>The token text, as in the source.</summary>
    public string Text => _doc.TokenData[Index].Text;

    /// <summary>The token text in lower case with typographic apostrophes made plain, for matching.</summary>
    public string Norm => _doc.TokenData[Index].Norm;

    /// <summary>Whether the token starts with an upper-case letter.</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Whether whitespace separates this token from the next one.</summary>
    public bool SpaceAfter => Index + 1 < _doc.TokenData.Length && _doc.TokenData[Index + 1].Start > End;

    /// <inheritdoc />
    public override string ToString() => Text;
}
