using System.Buffers;
using System.Runtime.Intrinsics;
using Annals.Text;

namespace Annals.Store;

/// <summary>Exact (content hash) and near-duplicate (SimHash) fingerprints of an article.</summary>
/// <remarks>
/// The content hash is SHA-256 over the title and text with runs of white space made one space, so a copy
/// that differs only in line breaks or indentation is an exact duplicate. The SimHash is Charikar's: each
/// three-word shingle of the lower-cased text votes with its 64-bit FNV-1a hash; two texts whose SimHashes
/// differ in at most <see cref="NearDuplicateDistance"/> bits are near-duplicates (Manku et al. 2007 use 3 of 64
/// for web pages). Texts under <see cref="MinimumWords"/> words get no SimHash (0): a few words say too little.
/// Thread-safe.
/// </remarks>
public static class Fingerprints
{
    /// <summary>Largest Hamming distance between near-duplicate SimHashes.</summary>
    public const int NearDuplicateDistance = 3;

    /// <summary>Fewest words a text needs for a SimHash.</summary>
    public const int MinimumWords = 20;

    /// <summary>Both fingerprints of an article's title and text.</summary>
    public static ArticleFingerprint Of(string? title, string text) => new(ContentHash(title, text), SimHash(text));

    /// <summary>SHA-256 (hex) of the whitespace-normalised title and text.</summary>
    public static string ContentHash(string? title, string text)
    {
        // Hashed as it is normalised: no copy of the article is made.
        using var hash = Utf8Sha256.Rent();
        Normalised(title ?? "", hash);
        hash.Append('\n');
        Normalised(text, hash);
        return Convert.ToHexStringLower(hash.Finish());
    }

    // Runs of white space become one space; leading and trailing white space goes. Most of a text is words
    // between single spaces, which stays as it is: only the other runs are looked for, and the stretches between
    // them are hashed whole.
    private static void Normalised(string s, Utf8Sha256 hash)
    {
        var rest = s.AsSpan().Trim();
        while (!rest.IsEmpty)
        {
            var run = IrregularSpace(rest);
            if (run < 0)
            {
                hash.Append(rest);
                return;
            }
            hash.Append(rest[..run]);
            // The text was trimmed: a word follows every run.
            rest = rest[run..].TrimStart();
            hash.Append(' ');
        }
    }

    // Where the first run of white space other than a single space starts, or -1.
    private static int IrregularSpace(ReadOnlySpan<char> s)
    {
        var other = s.IndexOfAny(WhiteSpaceButSpace);
        var doubled = (other < 0 ? s : s[..other]).IndexOf("  ", StringComparison.Ordinal);
        if (doubled >= 0) return doubled;
        return other > 0 && s[other - 1] == ' ' ? other - 1 : other;
    }

    private static readonly SearchValues<char> WhiteSpaceButSpace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => char.IsWhiteSpace(c) && c != ' ')]);

    /// <summary>64-bit SimHash of the text's three-word shingles; 0 for texts under <see cref="MinimumWords"/> words.</summary>
    public static ulong SimHash(string text)
    {
        // Votes are counted as ones per bit: each of the hash's eight bytes adds its row of the bit table to
        // eight counters at once, instead of 64 unpredictable branches per shingle. The eight rows of counters are
        // locals, which the JIT keeps in vector registers.
        Vector256<int> ones0 = default, ones1 = default, ones2 = default, ones3 = default,
            ones4 = default, ones5 = default, ones6 = default, ones7 = default;
        var bits = ByteBits;
        var fold = AsciiFold;
        var chars = text.AsSpan();
        ulong first = 0, second = 0;
        int words = 0, shingles = 0;
        var i = 0;
        while (true)
        {
            // A word is a run of letters and digits, hashed (FNV-1a) lower-cased as it is scanned.
            int c = 0;
            while (i < chars.Length && (c = Folded(chars[i], fold)) == 0) i++;
            if (i == chars.Length) break;
            var third = FnvOffset;
            do
            {
                third = (third ^ (uint)c) * FnvPrime;
            } while (++i < chars.Length && (c = Folded(chars[i], fold)) != 0);
            if (++words >= 3)
            {
                var h = Mix(first ^ Mix(second ^ Mix(third)));
                ones0 += bits[(int)(h & 0xFF)];
                ones1 += bits[(int)((h >> 8) & 0xFF)];
                ones2 += bits[(int)((h >> 16) & 0xFF)];
                ones3 += bits[(int)((h >> 24) & 0xFF)];
                ones4 += bits[(int)((h >> 32) & 0xFF)];
                ones5 += bits[(int)((h >> 40) & 0xFF)];
                ones6 += bits[(int)((h >> 48) & 0xFF)];
                ones7 += bits[(int)(h >> 56)];
                shingles++;
            }
            first = second;
            second = third;
        }
        if (words < MinimumWords) return 0;
        return Majority(ones0, shingles, 0) | Majority(ones1, shingles, 8) | Majority(ones2, shingles, 16) | Majority(ones3, shingles, 24)
             | Majority(ones4, shingles, 32) | Majority(ones5, shingles, 40) | Majority(ones6, shingles, 48) | Majority(ones7, shingles, 56);
    }

    // The bits, from bit `shift` up, whose counters hold more than half of the shingles' votes.
    private static ulong Majority(Vector256<int> ones, int shingles, int shift)
    {
        ulong result = 0;
        for (var bit = 0; bit < 8; bit++)
            if (2 * ones[bit] > shingles) result |= 1UL << (shift + bit);
        return result;
    }

    // Row n holds the eight bits of the byte n as 0/1 lanes.
    private static readonly Vector256<int>[] ByteBits = [.. Enumerable.Range(0, 256).Select(n =>
        Vector256.Create(n & 1, (n >> 1) & 1, (n >> 2) & 1, (n >> 3) & 1, (n >> 4) & 1, (n >> 5) & 1, (n >> 6) & 1, (n >> 7) & 1))];

    /// <summary>Number of bits in which two SimHashes differ.</summary>
    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    // A letter or digit lower-cased (char.ToLowerInvariant), or 0 for any other character. ASCII, nearly all of an
    // English text, is read from the table; only other characters ask the Unicode tables.
    private static int Folded(char c, byte[] fold) =>
        c < 0x80 ? fold[c] : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : 0;

    private static readonly byte[] AsciiFold = [.. Enumerable.Range(0, 0x80).Select(n =>
        char.IsLetterOrDigit((char)n) ? (byte)char.ToLowerInvariant((char)n) : (byte)0)];

    // A 64-bit finaliser (splitmix64) so that the three words' order matters and bits are well spread.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
