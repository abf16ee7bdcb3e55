using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
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
        var hashes = ArrayPool<ulong>.Shared.Rent(text.Length / 2 + 1);
        try
        {
            var words = WordHashes(text, hashes);
            return words < MinimumWords ? 0 : Votes(hashes.AsSpan(0, words));
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(hashes);
        }
    }

    // The FNV-1a hash of each word, lower-cased, in text order; returns how many. A word is a run of letters and digits,
    // so a text holds at most one word per two characters, and one more.
    private static int WordHashes(string text, ulong[] hashes)
    {
        var fold = AsciiFold;
        var chars = text.AsSpan();
        var units = MemoryMarshal.Cast<char, ushort>(chars);
        var scan = new WordScan(hashes);
        var i = 0;
        // Sixteen characters at a time: where all are ASCII, one comparison of the block tells which are letters or
        // digits, and the words are walked by their bits rather than by a branch on every character (which the
        // processor mispredicts at every word's start and end). A block holding any other character goes one by one.
        for (; i + Vector256<ushort>.Count <= units.Length; i += Vector256<ushort>.Count)
        {
            var block = Vector256.Create(units.Slice(i, Vector256<ushort>.Count));
            if ((block & NonAscii) != Vector256<ushort>.Zero)
            {
                for (var k = i; k < i + Vector256<ushort>.Count; k++) scan.Add(Folded(chars[k], fold));
                continue;
            }
            var isWord = Vector256.LessThanOrEqual((block | CaseBit) - LetterA, Letters) | Vector256.LessThanOrEqual(block - Digit0, Digits);
            scan.AddBlock(chars.Slice(i, Vector256<ushort>.Count), isWord.ExtractMostSignificantBits(), fold);
        }
        for (; i < chars.Length; i++) scan.Add(Folded(chars[i], fold));
        return scan.End();
    }

    private static readonly Vector256<ushort> NonAscii = Vector256.Create((ushort)0xFF80);
    private static readonly Vector256<ushort> CaseBit = Vector256.Create((ushort)0x20);
    private static readonly Vector256<ushort> LetterA = Vector256.Create((ushort)'a');
    private static readonly Vector256<ushort> Letters = Vector256.Create((ushort)('z' - 'a'));
    private static readonly Vector256<ushort> Digit0 = Vector256.Create((ushort)'0');
    private static readonly Vector256<ushort> Digits = Vector256.Create((ushort)9);

    // The word being hashed across characters and blocks, and the hashes of the words finished.
    private ref struct WordScan(ulong[] hashes)
    {
        private int _words;
        private bool _inWord;
        private ulong _hash;

        // One character, folded (0 for one that is no letter or digit).
        public void Add(int folded)
        {
            if (folded != 0)
            {
                if (!_inWord) (_inWord, _hash) = (true, FnvOffset);
                _hash = (_hash ^ (uint)folded) * FnvPrime;
            }
            else if (_inWord)
            {
                hashes[_words++] = _hash;
                _inWord = false;
            }
        }

        // An all-ASCII block, with a bit set for each of its letters and digits.
        public void AddBlock(ReadOnlySpan<char> block, uint isWord, byte[] fold)
        {
            var p = 0;
            while (p < block.Length)
            {
                if (!_inWord)
                {
                    var rest = isWord >> p;
                    if (rest == 0) return;
                    p += BitOperations.TrailingZeroCount(rest);
                    (_inWord, _hash) = (true, FnvOffset);
                }
                var end = Math.Min(block.Length, p + BitOperations.TrailingZeroCount(~(isWord >> p)));
                for (; p < end; p++) _hash = (_hash ^ fold[block[p]]) * FnvPrime;
                if (p < block.Length)
                {
                    hashes[_words++] = _hash;
                    _inWord = false;
                }
            }
        }

        public int End()
        {
            if (_inWord) hashes[_words++] = _hash;
            return _words;
        }
    }

    // Each three-word shingle votes with its hash. Votes are counted as ones per bit: each of the hash's eight bytes adds
    // its row of the bit table to eight counters at once, instead of 64 unpredictable branches per shingle. The eight
    // rows of counters are locals, which the JIT keeps in vector registers.
    private static ulong Votes(ReadOnlySpan<ulong> words)
    {
        Vector256<int> ones0 = default, ones1 = default, ones2 = default, ones3 = default,
            ones4 = default, ones5 = default, ones6 = default, ones7 = default;
        var bits = ByteBits;
        for (var k = 2; k < words.Length; k++)
        {
            var h = Mix(words[k - 2] ^ Mix(words[k - 1] ^ Mix(words[k])));
            ones0 += bits[(int)(h & 0xFF)];
            ones1 += bits[(int)((h >> 8) & 0xFF)];
            ones2 += bits[(int)((h >> 16) & 0xFF)];
            ones3 += bits[(int)((h >> 24) & 0xFF)];
            ones4 += bits[(int)((h >> 32) & 0xFF)];
            ones5 += bits[(int)((h >> 40) & 0xFF)];
            ones6 += bits[(int)((h >> 48) & 0xFF)];
            ones7 += bits[(int)(h >> 56)];
        }
        var shingles = words.Length - 2;
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
