using System.Runtime.InteropServices;
using Annals.Text;

namespace Annals.Understanding.Entities;

/// <summary>
/// Where the article's place names, taken together, can point: the countries, first- and second-level
/// divisions that each name has a reading in, weighed by how few such readings it has.
/// </summary>
/// <remarks>
/// An article's places hang together: "Paris and Henry County" is Paris, Tennessee, the one Paris in a
/// Henry County; "Alexandria" beside "Rapides Parish" is the Louisiana town. A reading of a name gains the
/// support of every other name with a reading in the same division or country. A name readable in many
/// divisions ("Washington", "Franklin") lends each of them little; two names sharing a county rarely do so
/// by chance, so a county counts more than a state, and a state more than a country.
/// </remarks>
internal sealed class PlaceCoherence : IDisposable
{
    // Keyed by the ids' integer keys (KeyOf): the ids of every reading of every place name go in.
    private readonly Dictionary<int, double> _countries;
    private readonly Dictionary<int, double> _admin1s;
    private readonly Dictionary<int, double> _admin2s;
    private readonly Dictionary<int, double> _statesOf;

    // The tallies grow with the readings of every place name (a common name has dozens of counties), and were the
    // largest part of what the entity stage allocated per article: each thread keeps the tables of the last
    // article it finished (Dispose) and clears them for the next. The tallies hold no references, and the
    // names' tables only the knowledge base's strings and readings, so keeping them costs the collector little.
    [ThreadStatic] private static Tables? _spareTables;
    private Tables? _tables;

    private sealed class Tables
    {
        public readonly Dictionary<int, double> Countries = [];
        public readonly Dictionary<int, double> Admin1s = [];
        public readonly Dictionary<int, double> Admin2s = [];
        public readonly Dictionary<int, double> StatesOf = [];
        public readonly Dictionary<string, Readings> Own = new(StringComparer.OrdinalIgnoreCase);
        public readonly List<(string Name, int[] Admin2s)> Names = [];
        public readonly Dictionary<string, Dictionary<int, double>> PairedCounties = new(StringComparer.OrdinalIgnoreCase);

        public void Clear()
        {
            Countries.Clear();
            Admin1s.Clear();
            Admin2s.Clear();
            StatesOf.Clear();
            Own.Clear();
            Names.Clear();
            PairedCounties.Clear();
        }
    }

    // Every country and division id met so far, numbered from 1; 0 is none. Ids come from the knowledge base
    // and the villages index, so the table stays as small as they are.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Keys = new(StringComparer.Ordinal);
    private static int _lastKey;

    /// <summary>The integer standing for a country or division id, the same for the same id; 0 for none.</summary>
    internal static int KeyOf(string? id) =>
        id is null ? 0 : Keys.TryGetValue(id, out var key) ? key : Keys.GetOrAdd(id, static _ => Interlocked.Increment(ref _lastKey));

    // Each name's own readings, case aside ("MANSFIELD" is "Mansfield"): its own backing is no support for itself.
    private readonly Dictionary<string, Readings> _own;

    // The name asked about last: a name's readings are asked about one after the other, under the same string.
    private string? _lastName;
    private Readings? _lastOwn;

    private readonly List<(string Name, int[] Admin2s)> _names;
    private readonly Dictionary<string, Dictionary<int, double>> _pairedCounties;

    /// <summary>Collects the readings of every candidate that <paramref name="counts"/> lets speak for the article.</summary>
    public PlaceCoherence(Doc doc, IReadOnlyList<Candidate> candidates, Func<int, bool> counts)
    {
        var tables = _tables = _spareTables ?? new Tables();
        _spareTables = null;
        tables.Clear();
        (_countries, _admin1s, _admin2s, _statesOf) = (tables.Countries, tables.Admin1s, tables.Admin2s, tables.StatesOf);
        (_own, _names, _pairedCounties) = (tables.Own, tables.Names, tables.PairedCounties);
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            var readings = c.Readings.Places;
            // A name without place readings adds nothing, whether it counts or not.
            if (readings.Shares.Length == 0 || !counts(k)) continue;
            var name = c.TextIn(doc);
            if (!_own.TryAdd(name, readings)) continue;
            foreach (var (country, share) in readings.Shares) CollectionsMarshal.GetValueRefOrAddDefault(_countries, country, out _) += share;
            Add(_admin1s, readings.Admin1s, readings.Weights.Admin1);
            Add(_admin2s, readings.Admin2s, readings.Weights.Admin2);
            Add(_statesOf, readings.StatesOf, readings.Weights.State);
            _names.Add((name, readings.Admin2s));
        }
    }

    /// <summary>Gives the thread its tables back for the next article: this article's support must not be asked for again.</summary>
    public void Dispose()
    {
        if (_tables is null) return;
        _spareTables = _tables;
        _tables = null;
    }

    /// <summary>
    /// How many of the article's other names share this reading's county when each backs only the counties it
    /// can share with this name: "Madison County" has twenty readings, but beside "Richmond" only the one in
    /// Kentucky holds a Richmond, so it backs Richmond, Kentucky in full.
    /// </summary>
    /// <remarks>
    /// <see cref="Support"/> shares a name's backing among all its readings, which is right for what the name
    /// says about the article but undersells a pair: two common names rarely meet in one county by chance.
    /// </remarks>
    public double PairedCounty(string name, IReadOnlyList<GazetteerEntry> entries, GazetteerEntry e)
    {
        if (e.Admin2 is null) return 0;
        if (!_pairedCounties.TryGetValue(name, out var paired))
        {
            paired = Paired(name, (_own.GetValueOrDefault(name) ?? ReadingsOf(entries)).Admin2s);
            _pairedCounties[name] = paired;
        }
        return paired.GetValueOrDefault(e.Admin2Key);
    }

    private Dictionary<int, double> Paired(string name, int[] own)
    {
        var paired = new Dictionary<int, double>();
        if (own.Length < 2) return paired;
        var mine = new HashSet<int>(own);
        var shared = new List<int>();
        foreach (var (other, admin2s) in _names)
        {
            if (string.Equals(other, name, StringComparison.OrdinalIgnoreCase)) continue;
            shared.Clear();
            foreach (var a in admin2s)
                if (mine.Contains(a)) shared.Add(a);
            foreach (var a in shared) paired[a] = paired.GetValueOrDefault(a) + 1.0 / shared.Count;
        }
        return paired;
    }

    /// <summary>What a name's readings say, whatever the article: kept with them (<see cref="NameReadings"/>).</summary>
    internal static Readings ReadingsOf(IReadOnlyList<GazetteerEntry> entries)
    {
        var countries = new Dictionary<int, double>();
        var admin1s = new HashSet<int>();
        var admin2s = new HashSet<int>();
        var statesOf = new HashSet<int>();
        foreach (var e in entries)
        {
            // States named as such already count among the article's countries (DocContext.Countries).
            if (e.Kind is not (EntryKind.Place or EntryKind.AdminDivision or EntryKind.Capital)) continue;
            if (e.Country is not null) countries[e.CountryKey] = countries.GetValueOrDefault(e.CountryKey) + Prior(e);
            if (e.Admin1 is not null) admin1s.Add(e.Admin1Key);
            if (e.Admin2 is not null) admin2s.Add(e.Admin2Key);
            if (e is { Kind: EntryKind.AdminDivision, Level: 1, Country: not null }) statesOf.Add(e.CountryKey);
        }
        if (countries.Count == 0) return Readings.None;
        var total = countries.Values.Sum();
        foreach (var country in countries.Keys.ToList()) countries[country] /= total;
        return new Readings(countries, [.. countries], [.. admin1s], [.. admin2s], [.. statesOf],
            new Weights(Weight(admin1s.Count, 2), Weight(admin2s.Count, 8), Weight(statesOf.Count, 2)));
    }

    /// <summary>A name's readings: each country's share of them (by population), the divisions they lie in, and how much each division is backed.</summary>
    /// <remarks>Shared between articles and threads: never changed after it is made.</remarks>
    internal sealed record Readings(IReadOnlyDictionary<int, double> Countries, KeyValuePair<int, double>[] Shares, int[] Admin1s, int[] Admin2s, int[] StatesOf, Weights Weights)
    {
        /// <summary>A name with no place reading in any country: it speaks for no place.</summary>
        public static readonly Readings None = new(new Dictionary<int, double>(), [], [], [], [], default);
    }

    /// <summary>
    /// How many of the article's other place names share this reading's country, first- and second-level
    /// division. A state or province is backed by the other states of its country too: "Oregon" in a list of
    /// American states is the state, not a town of Oregon in one of them.
    /// </summary>
    public Backing Support(string name, GazetteerEntry e)
    {
        if (!ReferenceEquals(name, _lastName))
        {
            _lastOwn = _own.GetValueOrDefault(name);
            _lastName = name;
        }
        var own = _lastOwn?.Weights ?? default;
        var admin1 = e.Admin1 is not null ? Others(_admin1s, e.Admin1Key, own.Admin1) : 0;
        if (e is { Kind: EntryKind.AdminDivision, Level: 1, Country: not null }) admin1 = Math.Max(admin1, Others(_statesOf, e.CountryKey, own.State));
        return new Backing(
            e.Country is not null ? Math.Max(0, _countries.GetValueOrDefault(e.CountryKey) - (_lastOwn is { } mine ? mine.Countries.GetValueOrDefault(e.CountryKey) : 0)) : 0,
            admin1,
            e.Admin2 is not null ? Others(_admin2s, e.Admin2Key, own.Admin2) : 0);
    }

    /// <summary>How many of the article's other place names share a reading's country, first- and second-level division (<see cref="Support"/>).</summary>
    internal readonly record struct Backing(double Country, double Admin1, double Admin2);

    /// <summary>
    /// Whether any of the article's names has a reading in this reading's county: when none has, its
    /// <see cref="Support"/> in the county is 0 whatever the name, which need not be known to tell.
    /// </summary>
    public bool MayShareCounty(GazetteerEntry e) => e.Admin2 is not null && _admin2s.ContainsKey(e.Admin2Key);

    private static double Others(Dictionary<int, double> support, int key, double own) => Math.Max(0, support.GetValueOrDefault(key) - own);

    private static void Add(Dictionary<int, double> support, int[] keys, double weight)
    {
        foreach (var key in keys) CollectionsMarshal.GetValueRefOrAddDefault(support, key, out _) += weight;
    }

    internal readonly record struct Weights(double Admin1, double Admin2, double State);

    // Nearly every English place name is also a small American town: a name backs the country of its
    // likelier readings, by population, and a capital's name backs it as much as a big city would.
    private static double Prior(GazetteerEntry e) => e.Kind == EntryKind.Capital ? 1e7 : e.Population + 1000;

    // A name readable in up to `full` divisions backs each fully; beyond that, its backing is shared out.
    private static double Weight(int readings, int full) => readings == 0 ? 0 : Math.Min(1, (double)full / readings);
}
