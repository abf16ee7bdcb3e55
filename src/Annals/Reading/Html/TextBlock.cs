namespace Annals.Reading.Html;

/// <summary>One block of page text (a paragraph, heading, list item) with how much of it is link text.</summary>
/// <param name="Text">The block's text, whitespace collapsed.</param>
/// <param name="LinkChars">Characters of the text inside links.</param>
/// <param name="Tag">The block element's tag name, lower case.</param>
internal sealed record TextBlock(string Text, int LinkChars, string Tag)
{
    /// <summary>Share of the text that is link text.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}
