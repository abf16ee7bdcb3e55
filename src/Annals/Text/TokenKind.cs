namespace Annals.Text;

/// <summary>The shape of a token, as the tokenizer saw it.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes or dots (U.S.).</summary>
    Word,
    /// <summary>Digits, possibly with separators (1,200.5) or a trailing unit letter.</summary>
    Number,
    /// <summary>Sentence and clause punctuation, quotes and brackets.</summary>
    Punctuation,
    /// <summary>Any other symbol (%, $, €, &amp;).</summary>
    Symbol,
    /// <summary>A web address or e-mail address.</summary>
    Url,
    /// <summary>A clitic split from the word before it: 's, ’s, n't, 're.</summary>
    Clitic,
}
