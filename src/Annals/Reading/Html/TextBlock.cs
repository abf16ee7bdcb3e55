namespace Annals.Reading.Html;

/// <summary>One block of page text (a paragraph, heading, list item) with how much of it is link text.</summary>
/// <param name="Text">The block's text, whitespace collapsed.</param>
/// <param name="LinkChars">Characters of the text inside links.</param>
/// <param name="Tag">The block element's tag name, lower case.</param>
internal sealed record TextBlock(string Text, int LinkChars, string Tag)
{
    /// <summary>Share of the text that is link text.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;

    /// <summary>The text's length in alphabetic-script terms: a Chinese, Japanese or Korean character says about as much as a word, so it counts three.</summary>
    /// <remarks>Lets one set of length thresholds judge prose in every script.</remarks>
    public int ProseLength { get; } = Measure(Text);

    /// <summary>The length of <paramref name="text"/> in alphabetic-script terms (see <see cref="ProseLength"/>).</summary>
    public static int Measure(ReadOnlySpan<char> text)
    {
        var length = text.Length;
        foreach (var c in text)
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF') length += 2;
        return length;
    }
}
