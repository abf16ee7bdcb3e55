namespace Annals.Text;

/// <summary>A quick "certainly not in the set" test for words, asked before a dictionary look-up that would hash the whole word.</summary>
/// <remarks>
/// One bit per (length, first two letters, last letter) class, set for every word of the set: a word whose class
/// bit is clear is not in the set. Most words of running text are absent from the small lexicons the pipeline
/// consults token by token, and the test costs a few multiplications and one load from a table that fits in the
/// first-level cache, where a look-up hashes every character and compares the string. False positives only cost
/// the look-up that would have been made anyway. Immutable and thread-safe.
/// </remarks>
public sealed class WordSieve
{
    private const int Bits = 17;
    private readonly ulong[] _classes = new ulong[(1 << Bits) / 64];

    /// <summary>A sieve that passes every word of <paramref name="words"/>.</summary>
    public WordSieve(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var word in words)
        {
            var c = Class(word);
            _classes[c >> 6] |= 1UL << (int)(c & 63);
        }
    }

    /// <summary>False when <paramref name="word"/> is certainly not one of the sieve's words.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        var c = Class(word);
        return (_classes[c >> 6] & (1UL << (int)(c & 63))) != 0;
    }

    /// <summary>False when the word of <paramref name="length"/> (at least 1) with these first, second (<c>'\0'</c> for
    /// a one-letter word) and last characters is certainly not one of the sieve's words: the word itself need not be
    /// written out, or lower-cased, to be turned down.</summary>
    public bool MayContain(int length, char first, char second, char last)
    {
        var c = Class(length, first, second, last);
        return (_classes[c >> 6] & (1UL << (int)(c & 63))) != 0;
    }

    private static uint Class(ReadOnlySpan<char> word) =>
        word.IsEmpty ? 0 : Class(word.Length, word[0], word.Length > 1 ? word[1] : '\0', word[^1]);

    private static uint Class(int length, char first, char second, char last)
    {
        var h = (uint)length * 0x9E3779B1u
              ^ first * 0x85EBCA77u
              ^ second * 0xC2B2AE3Du
              ^ last * 0x27D4EB2Fu;
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        return h >> (32 - Bits);
    }
}
