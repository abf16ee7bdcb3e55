namespace Annals.Text;

/// <summary>A view of one sentence of a <see cref="Doc"/>: a run of its tokens.</summary>
public readonly struct Sentence
{
    private readonly Doc _doc;

    internal Sentence(Doc doc, int index, int firstToken, int tokenCount)
    {
        _doc = doc;
        Index = index;
        FirstToken = firstToken;
        TokenCount = tokenCount;
    }

    /// <summary>Position of the sentence in the document.</summary>
    public int Index { get; }

    /// <summary>Index of the sentence's first token.</summary>
    public int FirstToken { get; }

    /// <summary>Number of tokens in the sentence.</summary>
    public int TokenCount { get; }

    /// <summary>Index just past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>Offset of the sentence's first character.</summary>
    public int Start => TokenCount == 0 ? 0 : _doc.TokenData[FirstToken].Start;

    /// <summary>Offset just past the sentence's last character.</summary>
    public int End => TokenCount == 0 ? 0 : _doc.TokenData[EndToken - 1].End;

    /// <summary>The sentence's range of the text.</summary>
    public TextRange Range => new(Start, End);

    /// <summary>The sentence text, as in the source.</summary>
    public string Text => _doc.Text[Start..End];

    /// <summary>The sentence's tokens.</summary>
    public IEnumerable<Token> Tokens
    {
        get
        {
            for (var i = FirstToken; i < EndToken; i++)
                yield return new Token(_doc, i);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
