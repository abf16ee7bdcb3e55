using System.Collections.Concurrent;
using Annals.Knowledge;
using Annals.Text;

namespace Annals.Understanding.Entities;

/// <summary>The villages of GeoNames cities500 below cities1000, by name, kept apart from the gazetteer's trie.</summary>
/// <remarks>
/// Most names are some village's too, and most of their readers mean a bigger namesake or no place at all: a village
/// is a reading only where the article's other places point to it (the recogniser decides), so it needs none of the
/// trie's per-word nodes. A name is held as a 64-bit hash of its tokens' normal forms, in one sorted array: two of
/// some 100,000 names, or a phrase of the text and a name, share a hash about once in 10^14 lookups. Every shorter
/// run of a longer name's tokens is held as a prefix, so a lookup stops at the first word no name goes on with.
/// Entries are made on a name's first lookup and kept. Thread-safe.
/// </remarks>
internal sealed class VillageIndex
{
    private const int Prefix = -1;
    private const ulong Basis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private readonly VillageTable _table;

    // Sorted name hashes, and for each the first occurrence of the name in the chain below (Prefix for a run of
    // words that only opens longer names).
    private readonly ulong[] _keys;
    private readonly int[] _heads;

    // Occurrence -> village, and the next occurrence of the same name (-1 ends the chain).
    private readonly int[] _villageOf;
    private readonly int[] _next;
    private readonly ConcurrentDictionary<int, GazetteerEntry[]> _entries = new();

    private VillageIndex(VillageTable table, ulong[] keys, int[] heads, int[] villageOf, int[] next)
    {
        _table = table;
        _keys = keys;
        _heads = heads;
        _villageOf = villageOf;
        _next = next;
    }

    public static VillageIndex Build(VillageTable table)
    {
        var heads = new Dictionary<ulong, int>(table.Count * 5 / 4);
        var villageOf = new List<int>(table.Count * 9 / 8);
        var next = new List<int>(table.Count * 9 / 8);
        void Add(string spelling, int village)
        {
            var norms = Gazetteer.Norms(spelling);
            if (norms.Length == 0) return;
            var hash = Hash(Basis, norms[0]);
            for (var i = 1; i < norms.Length; i++)
            {
                heads.TryAdd(hash, Prefix);
                hash = Hash(Extend(hash), norms[i]);
            }
            var head = heads.GetValueOrDefault(hash, Prefix);
            for (var o = head; o != Prefix; o = next[o])
                if (villageOf[o] == village) return;
            heads[hash] = villageOf.Count;
            villageOf.Add(village);
            next.Add(head);
        }

        for (var v = 0; v < table.Count; v++)
        {
            var name = table.Name(v);
            Add(name, v);
            // News often drops diacritics: the plain spelling names the village too.
            var plain = DiacriticFolding.Fold(name);
            if (!string.Equals(plain, name, StringComparison.Ordinal)) Add(plain, v);
        }
        var keys = heads.Keys.ToArray();
        var firsts = heads.Values.ToArray();
        Array.Sort(keys, firsts);
        return new VillageIndex(table, keys, firsts, [.. villageOf], [.. next]);
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
    public (int End, IReadOnlyList<GazetteerEntry> Entries) Longest(Doc doc, int start, int limit)
    {
        if (!doc.Token(start).IsCapitalized) return (start, []);
        var hash = Hash(Basis, doc.Token(start).Norm);
        var (bestEnd, bestHead) = (start, Prefix);
        for (var i = start; i < limit; i++)
        {
            if (i > start) hash = Hash(Extend(hash), doc.Token(i).Norm);
            var at = Array.BinarySearch(_keys, hash);
            if (at < 0) break;
            if (_heads[at] != Prefix) (bestEnd, bestHead) = (i + 1, _heads[at]);
        }
        if (bestHead == Prefix) return (start, []);
        return (bestEnd, _entries.TryGetValue(bestHead, out var made) ? made : _entries.GetOrAdd(bestHead, EntriesFrom));
    }

    private GazetteerEntry[] EntriesFrom(int first)
    {
        var entries = new List<GazetteerEntry>();
        for (var o = first; o != Prefix; o = _next[o])
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
