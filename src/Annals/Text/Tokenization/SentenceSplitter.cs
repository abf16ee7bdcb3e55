namespace Annals.Text.Tokenization;

/// <summary>Groups a document's tokens into sentences.</summary>
/// <remarks>
/// A sentence ends at a full stop, question or exclamation mark (with any closing quotes and
/// brackets after it) when the next token can start a sentence, and always at a blank line, so
/// headlines and datelines on lines of their own stand alone. A single line break does not end a
/// sentence: wire copy wraps lines mid-sentence. Abbreviations end a sentence only before a word
/// that usually starts one ("... in the U.S. The talks ..."); titles (Gen., Dr.) and initials never.
/// Thread-safe: its only state is a working list per thread.
/// </remarks>
public static class SentenceSplitter
{
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "In", "On", "At", "But", "And", "However", "Meanwhile", "His", "Her", "Its", "Their", "Our", "After",
        "Before", "When", "While", "As", "If", "Some", "Many", "Most", "Officials", "Police",
    };

    internal static (int First, int Count)[] Split(string text, TokenData[] tokens)
    {
        // The working list is kept per thread: only the finished array is new per document.
        var sentences = t_sentences ??= new List<(int, int)>(256);
        sentences.Clear();
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var end = i;
            if (IsTerminal(tokens[i]))
            {
                // Closing quotes and brackets stay with the sentence they close.
                while (end + 1 < tokens.Length && IsCloser(tokens[end + 1]) && !HasBlankLine(text, tokens[end].End, tokens[end + 1].Start))
                    end++;
                if (end + 1 >= tokens.Length || CanStartSentence(tokens[end + 1]) || HasBlankLine(text, tokens[end].End, tokens[end + 1].Start))
                {
                    sentences.Add((first, end - first + 1));
                    first = end + 1;
                }
                i = end;
                continue;
            }
            if (IsAbbreviationEnd(tokens[i]) && i + 1 < tokens.Length && SentenceStarters.Contains(tokens[i + 1].Text))
            {
                sentences.Add((first, i - first + 1));
                first = i + 1;
                continue;
            }
            if (i + 1 < tokens.Length && HasBlankLine(text, tokens[i].End, tokens[i + 1].Start))
            {
                sentences.Add((first, i - first + 1));
                first = i + 1;
            }
        }
        if (first < tokens.Length) sentences.Add((first, tokens.Length - first));
        (int, int)[] result = [.. sentences];
        // A huge text's list is not kept: it would hold its memory for the rest of the run.
        if (sentences.Capacity > 1 << 14) t_sentences = null;
        return result;
    }

    [ThreadStatic]
    private static List<(int, int)>? t_sentences;

    private static bool IsTerminal(in TokenData token) =>
        token.Kind == TokenKind.Punctuation && token.Text switch
        {
            [var c] => c is '.' or '!' or '?' or '…',
            "..." or "?!" or "!?" => true,
            _ => false,
        };

    private static bool IsCloser(in TokenData token) =>
        token.Kind == TokenKind.Punctuation && token.Text is [var c] && c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool CanStartSentence(in TokenData token)
    {
        var c = token.Text[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '-' or '—' or '•';
    }

    private static bool IsAbbreviationEnd(in TokenData token) =>
        token.Kind == TokenKind.Word && token.Text.Length > 1 && token.Text[^1] == '.' && !Abbreviations.IsTitle(token.Text)
        && !(token.Text.Length == 2 && char.IsUpper(token.Text[0]));

    // Most tokens are apart by one space or none, which cannot hold two line breaks.
    private static bool HasBlankLine(string text, int from, int to) =>
        to - from >= 2 && text.AsSpan(from, to - from).Count('\n') >= 2;
}
