using System.Globalization;
using Annals.Diagnostics;
using Annals.Text;

namespace Annals.Events.Aggregation;

/// <summary>A small lexicon-based tone score, GDELT-style: (positive words − negative words) per 100 words.</summary>
/// <remarks>
/// The lexicon is <c>data/tone/lexicon.tsv</c>: a few hundred common English news words written for Annals,
/// each +1 or −1. As in GDELT's AvgTone the score runs from −100 to +100 and news usually falls between −10 and +10.
/// It knows no negation or context ("not good" counts as good); it is a coarse signal to rank and filter, not
/// sentiment analysis. Immutable and thread-safe.
/// </remarks>
public sealed class ToneLexicon
{
    private static readonly Lazy<ToneLexicon> LazyDefault = new(() => Parse(EmbeddedData.ReadText("tone/lexicon.tsv")));
    private readonly Dictionary<string, int> _polarity;
    private readonly int _longest;
    private readonly WordSieve _sieve;

    private ToneLexicon(Dictionary<string, int> polarity)
    {
        _polarity = polarity;
        _longest = polarity.Count == 0 ? 0 : polarity.Keys.Max(w => w.Length);
        _sieve = new WordSieve(polarity.Keys);
    }

    /// <summary>The shipped lexicon.</summary>
    public static ToneLexicon Default => LazyDefault.Value;

    /// <summary>Number of words in the lexicon.</summary>
    public int Count => _polarity.Count;

    /// <summary>Reads a lexicon: '#' comments, a header <c>word&lt;TAB&gt;polarity</c>, then one word a line with +1 or -1.</summary>
    public static ToneLexicon Parse(string text)
    {
        var polarity = new Dictionary<string, int>(StringComparer.Ordinal);
        var header = true;
        var line = 0;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            var row = raw.TrimEnd('\r');
            if (row.Length == 0 || row.StartsWith('#')) continue;
            if (header) { header = false; continue; }
            var cells = row.Split('\t');
            if (cells.Length < 2 || !int.TryParse(cells[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p) || p is not (1 or -1))
                throw new AnnalsException(ErrorCodes.DataMalformed, $"tone lexicon line {line}: expected 'word<TAB>+1|-1', got '{row}'");
            polarity[cells[0].Trim().ToLowerInvariant()] = p;
        }
        return new ToneLexicon(polarity);
    }

    /// <summary>The tone of a text: 100 × (positive − negative) / words; 0 for a text without words.</summary>
    public double Score(string? title, string text)
    {
        var words = 0;
        var sum = 0;
        Tally(title, ref words, ref sum);
        Tally(text, ref words, ref sum);
        return words == 0 ? 0 : Math.Round(100.0 * sum / words, 4);
    }

    // char.IsLetter, with ASCII settled without the Unicode tables.
    private static bool IsLetter(char c) => c < 0x80 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    // char.ToLowerInvariant; an ASCII letter or apostrophe is lower case with the case bit set.
    private static char Lower(char c) => c < 0x80 ? (char)(c | 0x20) : char.ToLowerInvariant(c);

    private void Tally(string? text, ref int words, ref int sum)
    {
        if (string.IsNullOrEmpty(text)) return;
        var lookup = _polarity.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[_longest];
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsLetter(text[i])) i++;
            if (i == text.Length) break;
            var start = i;
            while (++i < text.Length && (IsLetter(text[i]) || text[i] == '\'')) { }
            words++;
            // A word longer than the lexicon's longest is in no entry. Most words carry no tone: the sieve, which needs
            // only the length and three letters, turns them down before the word is lower-cased and hashed.
            var length = i - start;
            if (length > lower.Length
                || !_sieve.MayContain(length, Lower(text[start]), length > 1 ? Lower(text[start + 1]) : '\0', Lower(text[i - 1])))
                continue;
            for (var k = 0; k < length; k++) lower[k] = Lower(text[start + k]);
            if (lookup.TryGetValue(lower[..length], out var p)) sum += p;
        }
    }
}
