using System.Collections.Concurrent;
using System.Globalization;
using Annals.Knowledge;
using Annals.Text;

namespace Annals.Understanding.Entities;

/// <summary>The villages of GeoNames cities500 below cities1000, by name, kept apart from the gazetteer's trie.</summary>
/// <remarks>
/// Most names are some village's too, and most of their readers mean a bigger namesake or no place at all: a village
/// is a reading only where the article's other places point to it (the recogniser decides), so it never needs the
/// trie's per-word nodes. Names are keyed by their tokens' normal forms joined by spaces; every shorter run of a
/// longer name's tokens is held as a prefix, so a lookup stops at the first word no name goes on with. Entries are
/// made on first lookup and kept. Thread-safe.
/// </remarks>
internal sealed class VillageIndex
{
    private const int Prefix = -1;

    private readonly VillageTable _table;

    // Key -> first occurrence in the chain below, or Prefix for a key that only opens longer names.
    private readonly Dictionary<string, int> _heads = new(StringComparer.Ordinal);

    // Occurrence -> village, and the next occurrence of the same key (-1 ends it).
    private readonly List<int> _villageOf;
    private readonly List<int> _next;
    private readonly ConcurrentDictionary<string, GazetteerEntry[]> _entries = new(StringComparer.Ordinal);

    private VillageIndex(VillageTable table)
    {
        _table = table;
        _villageOf = new List<int>(table.Count + table.Count / 8);
        _next = new List<int>(table.Count + table.Count / 8);
    }

    public static VillageIndex Build(VillageTable table)
    {
        var index = new VillageIndex(table);
        for (var v = 0; v < table.Count; v++)
        {
            var name = table.Names[v];
            index.Add(Gazetteer.Norms(name), v);
            // News often drops diacritics: the plain spelling names the village too.
            var plain = DiacriticFolding.Fold(name);
            if (!string.Equals(plain, name, StringComparison.Ordinal)) index.Add(Gazetteer.Norms(plain), v);
        }
        return index;
    }

    private void Add(string[] norms, int village)
    {
        if (norms.Length == 0) return;
        var key = norms[0];
        for (var i = 1; i < norms.Length; i++)
        {
            _heads.TryAdd(key, Prefix);
            key = key + " " + norms[i];
        }
        var head = _heads.GetValueOrDefault(key, Prefix);
        for (var o = head; o != Prefix; o = _next[o])
            if (_villageOf[o] == village) return;
        _heads[key] = _villageOf.Count;
        _villageOf.Add(village);
        _next.Add(head);
    }

    /// <summary>
    /// The longest village name starting at capitalised token <paramref name="start"/> and ending before
    /// <paramref name="limit"/>: its end token and villages, or (start, empty).
    /// </summary>
    public (int End, IReadOnlyList<GazetteerEntry> Entries) Longest(Doc doc, int start, int limit)
    {
        if (!doc.Token(start).IsCapitalized || !_heads.TryGetValue(doc.Token(start).Norm, out var head)) return (start, []);
        var key = doc.Token(start).Norm;
        var (bestEnd, bestKey, bestHead) = head == Prefix ? (start, "", Prefix) : (start + 1, key, head);
        for (var i = start + 1; i < limit; i++)
        {
            key = key + " " + doc.Token(i).Norm;
            if (!_heads.TryGetValue(key, out head)) break;
            if (head != Prefix) (bestEnd, bestKey, bestHead) = (i + 1, key, head);
        }
        return bestHead == Prefix ? (start, []) : (bestEnd, _entries.GetOrAdd(bestKey, (_, first) => EntriesFrom(first), bestHead));
    }

    private GazetteerEntry[] EntriesFrom(int first)
    {
        var entries = new List<GazetteerEntry>();
        for (var o = first; o != Prefix; o = _next[o])
        {
            var v = _villageOf[o];
            entries.Add(new GazetteerEntry(EntryKind.Place, "geonames:" + _table.GeonameIds[v].ToString(CultureInfo.InvariantCulture), _table.Names[v], _table.Iso3s[v], null,
                Math.Round(_table.Lats[v], 4), Math.Round(_table.Lons[v], 4), _table.Populations[v])
            {
                Admin1 = _table.Admin1Ids[v],
                Admin2 = _table.Admin2Ids[v],
                Feature = _table.Features[v],
                Small = true,
            });
        }
        return [.. entries];
    }
}
