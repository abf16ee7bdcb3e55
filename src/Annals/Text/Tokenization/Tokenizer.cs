using System.Globalization;

namespace Annals.Text.Tokenization;

/// <summary>Splits news text into tokens that keep their character offsets.</summary>
/// <remarks>
/// Rule-based and allocation-light. Keeps together what news writes as one unit: abbreviations
/// (U.S., Gen., Jan.), initials (W.), numbers with separators (1,200.5, 10:30, 12/10/2023), ordinals
/// (15th), URLs and e-mail addresses, hyphenated words (Russian-led) and names with inner
/// apostrophes (O'Brien, d'Ivoire). Splits possessive and negative clitics ('s, n't) so that a name
/// stays a name. Thread-safe: it holds no state.
/// </remarks>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    internal static TokenData[] Tokenize(string text)
    {
        // The scan records where each token lies in a working list kept per thread; the tokens and their strings are
        // made once the count is known, straight into the finished array.
        var spans = t_spans ??= new List<TokenSpan>(4096);
        spans.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u00AD' || c == '\u200B' || c == '\uFEFF')
            {
                i++;
                continue;
            }
            var start = i;
            if (IsUrlStart(text, i))
            {
                i = ScanUrl(text, i);
                spans.Add(new(start, i, TokenKind.Url));
            }
            else if (char.IsLetter(c))
            {
                i = ScanWord(text, i, spans);
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(text, i);
                spans.Add(new(start, i, TokenKind.Number));
            }
            else if (char.IsSurrogate(c))
            {
                i += i + 1 < text.Length && char.IsSurrogatePair(c, text[i + 1]) ? 2 : 1;
                spans.Add(new(start, i, TokenKind.Symbol));
            }
            else
            {
                i = ScanPunctuation(text, i);
                var kind = char.IsPunctuation(c) || c is '\'' or '"' ? TokenKind.Punctuation : TokenKind.Symbol;
                spans.Add(new(start, i, kind));
            }
        }
        var result = new TokenData[spans.Count];
        for (var k = 0; k < result.Length; k++)
            result[k] = Make(text, spans[k]);
        // A huge text's buffer is not kept: it would hold its memory for the rest of the run.
        if (spans.Capacity > 1 << 16) t_spans = null;
        return result;
    }

    // Where a token lies and what it is, without its strings: the working list holds no references, so the GC never
    // scans it and filling it costs no write barriers. IsOwnNorm says the scan saw no capital and no typographic mark,
    // so the text is its own normal form without a second look at its characters; false only means "not known".
    private readonly record struct TokenSpan(int Start, int End, TokenKind Kind, bool IsOwnNorm = false);

    [ThreadStatic]
    private static List<TokenSpan>? t_spans;

    private static TokenData Make(string text, TokenSpan span)
    {
        var (start, end, kind, isOwnNorm) = span;
        if (end - start == 1 && text[start] < AsciiStrings.Length)
            return new TokenData(start, kind, AsciiStrings[text[start]], AsciiNorms[text[start]]);
        var surface = text[start..end];
        return new TokenData(start, kind, surface, isOwnNorm ? surface : Normalize(surface));
    }

    // One-character tokens (commas, full stops, quotes, initials, digits) are a sixth of news text: they share one string
    // each, and so do their normal forms (the initial "A" and the word "a" share "a").
    private static readonly string[] AsciiStrings = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];
    private static readonly string[] AsciiNorms = [.. AsciiStrings.Select(s => AsciiStrings[Normalize(s)[0]])];

    /// <summary>Lower case with typographic apostrophes and dashes made plain: the form dictionaries match on.</summary>
    public static string Normalize(string surface)
    {
        var needsWork = false;
        foreach (var ch in surface)
        {
            // Most characters are ASCII, where only a capital needs work.
            if (ch < 0x80 ? char.IsAsciiLetterUpper(ch) : char.IsUpper(ch) || ch is '’' or '‘' or 'ʼ' or '‐' or '‑')
            {
                needsWork = true;
                break;
            }
        }
        if (!needsWork) return surface;
        return string.Create(surface.Length, surface, static (span, s) =>
        {
            for (var k = 0; k < s.Length; k++)
            {
                // ASCII, nearly every character, is settled before the typographic marks are looked for.
                span[k] = s[k] switch
                {
                    < '\u0080' and var ch => char.IsAsciiLetterUpper(ch) ? (char)(ch | 0x20) : ch,
                    '’' or '‘' or 'ʼ' => '\'',
                    '‐' or '‑' => '-',
                    var ch => char.ToLowerInvariant(ch),
                };
            }
        });
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    // ASCII is settled without the Unicode category tables: every word ends at an ASCII space or mark.
    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c)
        || c > '\u007F' && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    private static int ScanWord(string text, int i, List<TokenSpan> spans)
    {
        var start = i;
        // A run of single letters joined by dots is an abbreviation: U.S., U.N., e.g., a.m.
        if (TryScanDottedLetters(text, i, out var dottedEnd))
        {
            spans.Add(new(start, dottedEnd, TokenKind.Word));
            return dottedEnd;
        }
        // Whether every character so far is lower-case ASCII or otherwise left alone by Normalize.
        var isOwnNorm = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                i++;
            }
            else if (IsWordChar(c))
            {
                isOwnNorm = false;
                i++;
            }
            else if ((IsHyphen(c) || c == '&') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                // A party tag "D-N.Y.", "R-Calif.": the state is a token of its own, written as it is after a town.
                if (IsHyphen(c) && i > start && OpensDottedAbbreviation(text, i + 1)) break;
                isOwnNorm &= c < 0x80;
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                var cliticLength = CliticLength(text, i);
                if (cliticLength > 0)
                {
                    // "didn't" → "did" + "n't": the n belongs to the clitic.
                    var negation = IsNegation(text, i);
                    var wordEnd = negation ? i - 1 : i;
                    if (wordEnd > start) spans.Add(new(start, wordEnd, TokenKind.Word, isOwnNorm));
                    var cliticEnd = negation ? i + 2 : i + cliticLength;
                    spans.Add(new(wordEnd, cliticEnd, TokenKind.Clitic));
                    return cliticEnd;
                }
                isOwnNorm &= c < 0x80;
                i++;
            }
            else if (c == '@' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                var end = ScanUrl(text, start);
                spans.Add(new(start, end, TokenKind.Url));
                return end;
            }
            else
            {
                break;
            }
        }
        // A title or month abbreviation, or a single capital initial, keeps its dot.
        if (i < text.Length && text[i] == '.' && (Abbreviations.IsKnown(text.AsSpan(start, i - start)) || IsInitial(text, start, i)))
            i++;
        // A kept dot ("Jan.", "W.") changes nothing in the normal form.
        spans.Add(new(start, i, TokenKind.Word, isOwnNorm));
        return i;
    }

    // Capital letters joined by dots (N.Y., U.S.) or a US state's AP abbreviation with its dot (Calif.).
    private static bool OpensDottedAbbreviation(string text, int i)
    {
        if (!char.IsUpper(text[i])) return false;
        if (TryScanDottedLetters(text, i, out _)) return true;
        var k = i + 1;
        while (k < text.Length && char.IsLetter(text[k])) k++;
        return k < text.Length && text[k] == '.' && Abbreviations.IsUsState(text.AsSpan(i, k - i));
    }

    private static bool IsInitial(string text, int start, int end) =>
        end - start == 1 && char.IsUpper(text[start]) && (end + 1 >= text.Length || text[end + 1] == ' ')
        && end + 2 < text.Length && char.IsUpper(text[end + 2]);

    private static bool TryScanDottedLetters(string text, int i, out int end)
    {
        end = i;
        var letters = 0;
        var k = i;
        while (k + 1 < text.Length && char.IsLetter(text[k]) && text[k + 1] == '.')
        {
            letters++;
            k += 2;
            if (k < text.Length && char.IsLetter(text[k]) && (k + 1 >= text.Length || !char.IsLetter(text[k + 1])) && k + 1 < text.Length && text[k + 1] == '.')
                continue;
            break;
        }
        // "W.Va.": an initial before a state's AP abbreviation is one name, not an initial and "Va.".
        if (letters == 1 && k < text.Length && char.IsUpper(text[i]) && char.IsUpper(text[k]) && IsUsStateWithDot(text, k, out var stateEnd))
        {
            end = stateEnd;
            return true;
        }
        if (letters < 2) return false;
        if (k < text.Length && char.IsLetterOrDigit(text[k])) return false;
        end = k;
        return true;
    }

    private static bool IsUsStateWithDot(string text, int i, out int end)
    {
        var k = i;
        while (k < text.Length && char.IsLetter(text[k])) k++;
        end = k + 1;
        return k < text.Length && text[k] == '.' && Abbreviations.IsUsState(text.AsSpan(i, k - i));
    }

    private static bool IsNegation(string text, int apostrophe) =>
        apostrophe >= 1 && (text[apostrophe - 1] is 'n' or 'N')
        && apostrophe + 1 < text.Length && (text[apostrophe + 1] is 't' or 'T')
        && (apostrophe + 2 >= text.Length || !char.IsLetter(text[apostrophe + 2]));

    private static int CliticLength(string text, int apostrophe)
    {
        if (IsNegation(text, apostrophe)) return 3;
        var k = apostrophe + 1;
        var letters = 0;
        while (k < text.Length && char.IsLetter(text[k])) { k++; letters++; }
        var suffix = text.AsSpan(apostrophe + 1, letters);
        return suffix.Equals("s", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("re", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("d", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("m", StringComparison.OrdinalIgnoreCase)
            ? letters + 1
            : 0;
    }

    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c)) i++;
            else if (c is '.' or ',' or ':' or '/' && i + 1 < text.Length && char.IsDigit(text[i + 1])) i++;
            else break;
        }
        // Ordinals, decades and units written solid: 15th, 1990s, 5km.
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i;
    }

    private static int ScanPunctuation(string text, int i)
    {
        var c = text[i];
        var k = i + 1;
        // Runs of dots or dashes are one token: "...", "--".
        if (c is '.' or '-')
            while (k < text.Length && text[k] == c) k++;
        return k;
    }

    // Only "ht" and "ww" are looked at further: "he", "has", "was", "with" are among the commonest words.
    private static bool IsUrlStart(string text, int i) =>
        i + 1 < text.Length && (text[i], text[i + 1]) is ('h', 't') or ('w', 'w')
        && (StartsWith(text, i, "http://") || StartsWith(text, i, "https://") || (StartsWith(text, i, "www.") && i + 4 < text.Length && char.IsLetterOrDigit(text[i + 4])));

    private static bool StartsWith(string text, int i, string prefix) =>
        string.CompareOrdinal(text, i, prefix, 0, prefix.Length) == 0 && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));

    private static int ScanUrl(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '<' or '>' or '“' or '”')) i++;
        // Sentence punctuation after an address is not part of it.
        while (i > 0 && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'' or '’') i--;
        return i;
    }
}
