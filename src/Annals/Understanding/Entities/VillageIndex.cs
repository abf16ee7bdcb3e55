using System.Collections.Concurrent;
using Annals.Knowledge;
using Annals.Text;

namespace Annals.Understanding.Entities;

/// <summary>The villages of GeoNames cities500 below cities1000, by name, kept apart from the gazetteer's trie.</summary>
/// <remarks>
/// Most names are some village's too, and most of their readers mean a bigger namesake or no place at all: a village
/// is a reading only where the article's other places point to it (the recogniser decides), so it needs none of the
/// trie's per-word nodes. A name is held as a 64-bit hash of its tokens' normal forms, in one sorted array: a phrase
/// of the text shares a hash with one of some 100,000 names about once in 10^14 lookups. Every shorter
/// run of a longer name's tokens is held as a prefix, so a lookup stops at the first word no name goes on with.
/// Entries are made on a name's first lookup and kept. Thread-safe.
/// </remarks>
internal sealed class VillageIndex
{
    private const ulong Basis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    // Marks a run of words that only opens longer names while the index is built.
    private const int Prefix = -1;

    private readonly VillageTable _table;

    // Sorted name hashes; the villages of name k are _villageOf[_starts[k].._starts[k + 1]] (none for a run of words
    // that only opens longer names).
    private readonly ulong[] _keys;
    private readonly int[] _starts;
    private readonly int[] _villageOf;

    // A bit per key, set for a run of words that opens longer names ("Saint" of "Saint Albans"): most names are one
    // word, and a lookup stops at them without hashing the next word and asking for it.
    private readonly ulong[] _opensLonger;

    // One bit per hash's low bits, set for every name and run of words held: most capitalised words of a text are no
    // village's, and this 256 KB filter turns them away before a binary search over the keys' megabyte.
    private readonly ulong[] _seen = new ulong[1 << (SeenBits - 6)];
    private const int SeenBits = 21;
    private readonly ConcurrentDictionary<int, GazetteerEntry[]> _entries = new();

    private VillageIndex(VillageTable table, ulong[] keys, int[] starts, int[] villageOf, ulong[] opensLonger)
    {
        _table = table;
        _keys = keys;
        _starts = starts;
        _villageOf = villageOf;
        _opensLonger = opensLonger;
        foreach (var key in keys) _seen[(int)(key & SeenMask) >> 6] |= 1UL << (int)(key & 63);
    }

    private const ulong SeenMask = (1UL << SeenBits) - 1;

    private bool MaySee(ulong hash) => (_seen[(int)(hash & SeenMask) >> 6] & (1UL << (int)(hash & 63))) != 0;

    public static VillageIndex Build(VillageTable table)
    {
        // Every (hash, village) pair, prefixes with no village, sorted: a name's villages end up side by side.
        // Sized for the shipped names (under 2 hashes a village) so that no large array is grown and left as garbage.
        var pairs = new List<(ulong Hash, int Village)>(table.Count * 2);
        void Add(string spelling, int village)
        {
            var norms = Gazetteer.Norms(spelling);
            if (norms.Length == 0) return;
            var hash = Hash(Basis, norms[0]);
            for (var i = 1; i < norms.Length; i++)
            {
                pairs.Add((hash, Prefix));
                hash = Hash(Extend(hash), norms[i]);
            }
            pairs.Add((hash, village));
        }

        for (var v = 0; v < table.Count; v++)
        {
            var name = table.Name(v);
            Add(name, v);
            // News often drops diacritics: the plain spelling names the village too.
            var plain = DiacriticFolding.Fold(name);
            if (!string.Equals(plain, name, StringComparison.Ordinal)) Add(plain, v);
        }
        var sorted = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pairs);
        sorted.Sort();
        var (names, villages) = (0, 0);
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i].Hash != sorted[i - 1].Hash) names++;
            if (sorted[i].Village != Prefix && (i == 0 || sorted[i] != sorted[i - 1])) villages++;
        }
        var keys = new ulong[names];
        var starts = new int[names + 1];
        var villageOf = new int[villages];
        var opensLonger = new ulong[(names + 63) / 64];
        var (k, o) = (-1, 0);
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i].Hash != sorted[i - 1].Hash)
            {
                keys[++k] = sorted[i].Hash;
                starts[k] = o;
            }
            if (sorted[i].Village == Prefix) opensLonger[k >> 6] |= 1UL << (k & 63);
            else if (i == 0 || sorted[i] != sorted[i - 1]) villageOf[o++] = sorted[i].Village;
        }
        starts[names] = o;
        return new VillageIndex(table, keys, starts, villageOf, opensLonger);
    }

    // FNV-1a over the characters of the normal forms, a space between words.
    private static ulong Hash(ulong hash, string norm)
    {
        foreach (var ch in norm) hash = (hash ^ ch) * Prime;
        return hash;
    }

    private static ulong Extend(ulong hash) => (hash ^ ' ') * Prime;

    /// <summary>
    /// The longest village name starting at capitalised token <paramref name="start"/> and ending before
    /// <paramref name="limit"/>: its end token and villages, or (start, empty).
    /// </summary>
    public (int End, GazetteerEntry[] Entries) Longest(Doc doc, int start, int limit) =>
        start >= limit || !doc.Token(start).IsCapitalized ? (start, []) : Longest(doc, start, limit, FirstWordKey(doc.TokenData[start].Norm));

    /// <summary>The key of the names and runs of words that open with <paramref name="norm"/>, or -1 when none does.</summary>
    /// <remarks>Asked once per word and kept by the gazetteer beside the word's own answer (<see cref="Gazetteer.LongestVillage"/>).</remarks>
    public int FirstWordKey(string norm) => Find(Hash(Basis, norm));

    /// <summary>
    /// The longest village name starting at token <paramref name="start"/> and ending before <paramref name="limit"/>,
    /// given the key of its first word (<see cref="FirstWordKey"/>): its end token and villages, or (start, empty).
    /// </summary>
    public (int End, GazetteerEntry[] Entries) Longest(Doc doc, int start, int limit, int firstWordKey)
    {
        if (firstWordKey < 0) return (start, []);
        var tokens = doc.TokenData;
        var at = firstWordKey;
        var (bestEnd, best) = (start, -1);
        ulong hash = 0;
        for (var i = start + 1; at >= 0; i++)
        {
            if (_starts[at + 1] > _starts[at]) (bestEnd, best) = (i, at);
            if (i >= limit || (_opensLonger[at >> 6] & (1UL << (at & 63))) == 0) break;
            if (i == start + 1) hash = Hash(Basis, tokens[start].Norm);
            hash = Hash(Extend(hash), tokens[i].Norm);
            at = Find(hash);
        }
        if (best < 0) return (start, []);
        return (bestEnd, _entries.TryGetValue(best, out var made) ? made : _entries.GetOrAdd(best, EntriesFrom));
    }

    // The key of a name or run of words, or -1 when none is held.
    private int Find(ulong hash)
    {
        if (!MaySee(hash)) return -1;
        var at = Array.BinarySearch(_keys, hash);
        return at < 0 ? -1 : at;
    }

    private GazetteerEntry[] EntriesFrom(int name)
    {
        var entries = new List<GazetteerEntry>();
        for (var o = _starts[name]; o < _starts[name + 1]; o++)
        {
            var v = _villageOf[o];
            entries.Add(new GazetteerEntry(EntryKind.Place, _table.Id(v), _table.Name(v), _table.Iso3(v), null, _table.Lat(v), _table.Lon(v), _table.Population(v))
            {
                Admin1 = _table.Admin1Id(v),
                Admin2 = _table.Admin2Id(v),
                Feature = _table.FeatureCode(v),
                Small = true,
            });
        }
        return [.. entries];
    }
}
