namespace Annals.Text;

/// <summary>A half-open range of UTF-16 offsets into a document's text: <c>[Start, End)</c>.</summary>
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>Whether two ranges share at least one character.</summary>
    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;

    /// <summary>Whether this range covers all of <paramref name="other"/>.</summary>
    public bool Contains(TextRange other) => Start <= other.Start && other.End <= End;

    /// <summary>The text this range covers in <paramref name="text"/>.</summary>
    public string Slice(string text) => text[Start..End];
}
