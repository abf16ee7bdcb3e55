using System.Globalization;
using System.Text;
using Annals.Knowledge;
using Annals.Text;
using Annals.Understanding.Entities;

namespace Annals.Tests.Understanding.Places;

/// <summary>Scores place recognition and resolution against gold place names, and counts why gold names were missed.</summary>
/// <remarks>
/// A gold name is found when an entity overlaps its span (issue 5's reading: "an entity overlapping the gold
/// span"), a place or state entity first. It is resolved when that entity's coordinates lie within 161 km
/// (100 miles, the usual accuracy@161) of the gold's; a state entity carries no comparable point, so it counts
/// as resolved when the gold itself is that state, and so does an actor whose name holds the state's adjective
/// ("Georgian troops", GEOMIL, for the gold "Georgian" placed at Georgia). The gold's country is its own
/// country field when the corpus gives one, else the country of the nearest place or capital the knowledge
/// base holds. The same figures counting place and state entities alone are kept beside them.
/// </remarks>
internal sealed class GeoparsingScore
{
    public const double ToleranceKm = 161;

    private const string Near = "KB has it within 161 km";

    private readonly KnowledgeBase _kb;
    private readonly (double Lat, double Lon, string Iso3)[] _points;
    private readonly Dictionary<(double, double), string?> _nearestCache = [];
    private readonly SortedDictionary<string, int> _reasons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _namesByReason = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _examplesByReason = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _falsePositives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _statesByAdjective = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedDictionary<string, Dictionary<string, int>> _gaps = new(StringComparer.Ordinal);

    public GeoparsingScore(KnowledgeBase kb)
    {
        _kb = kb;
        _points = kb.Places.Select(p => (p.Lat, p.Lon, p.Iso3))
            .Concat(kb.States.Where(s => s.CapitalLat is not null && s.CapitalLon is not null).Select(s => (s.CapitalLat!.Value, s.CapitalLon!.Value, s.Iso3)))
            .ToArray();
        foreach (var s in kb.States)
        {
            foreach (var adjective in s.Adjectives.Concat(s.Demonyms))
            {
                if (!_statesByAdjective.TryGetValue(adjective, out var states))
                {
                    states = new HashSet<string>(StringComparer.Ordinal);
                    _statesByAdjective[adjective] = states;
                }
                states.Add(s.Iso3);
            }
        }
    }

    public int Gold { get; private set; }

    public int Found { get; private set; }

    public int Resolved { get; private set; }

    public int RightCountry { get; private set; }

    /// <summary>Gold names resolved by a place or state entity alone, not counting actors that name a state by its adjective.</summary>
    public int ResolvedByPlaces { get; private set; }

    /// <summary>Gold names found by a place or state entity alone.</summary>
    public int FoundByPlaces { get; private set; }

    public int Predicted { get; private set; }

    public int PredictedOverlapping { get; private set; }

    /// <summary>Gold names the knowledge base holds (place, division, state, its adjective or demonym, or capital) within 161 km: what a perfect recogniser could resolve.</summary>
    public int Covered { get; private set; }

    public double CoveredShare => Share(Covered, Gold);

    public double FoundShare => Share(Found, Gold);

    public double ResolvedShare => Share(Resolved, Gold);

    public double CountryShare => Share(RightCountry, Gold);

    /// <summary>Of the gold names found, the share given the right country: how well the names found are resolved.</summary>
    public double CountryOfFoundShare => Share(RightCountry, Found);

    /// <summary>Of the gold names found, the share resolved within the tolerance.</summary>
    public double ResolvedOfFoundShare => Share(Resolved, Found);

    public double ResolvedByPlacesShare => Share(ResolvedByPlaces, Gold);

    public double FoundByPlacesShare => Share(FoundByPlaces, Gold);

    public double Precision => Share(PredictedOverlapping, Predicted);

    /// <summary>Why gold names were not resolved, with counts.</summary>
    public IReadOnlyDictionary<string, int> Reasons => _reasons;

    public void Add(GoldDocument gold, Doc doc)
    {
        var places = doc.Entities.Where(e => e.Type is EntityType.Place or EntityType.State).ToList();
        var actors = doc.Entities.Where(e => e.Type is not (EntityType.Place or EntityType.State) && e.Country is not null).ToList();
        Predicted += places.Count;
        foreach (var e in places)
        {
            if (gold.Gold.Any(g => Overlaps(e, g))) PredictedOverlapping++;
            else _falsePositives[e.Text] = _falsePositives.GetValueOrDefault(e.Text) + 1;
        }
        foreach (var g in gold.Gold)
        {
            Gold++;
            var coverage = Coverage(g);
            if (coverage == Near) Covered++;
            else CountGap((Kind(g) == "other feature" ? "other feature " + g.FeatureCode : Kind(g)) + ", " + coverage, g.Name);
            var goldCountry = GoldCountry(g);
            var entity = places.Where(e => Overlaps(e, g)).OrderByDescending(e => e.Type == EntityType.Place).FirstOrDefault();
            var byPlace = entity is not null;
            entity ??= actors.FirstOrDefault(e => Overlaps(e, g));
            if (entity is null)
            {
                Count("not found: " + Kind(g) + ", " + Coverage(g), g.Name, Context(gold.Text, g));
                continue;
            }
            Found++;
            if (byPlace) FoundByPlaces++;
            var resolved = IsResolved(entity, g, goldCountry);
            // An actor's country may come from its context rather than the gold's words: it counts only where it resolves.
            if (goldCountry is not null && entity.Country == goldCountry && (byPlace || resolved)) RightCountry++;
            if (resolved)
            {
                Resolved++;
                if (byPlace) ResolvedByPlaces++;
                continue;
            }
            var how = entity.Type == EntityType.State ? "read as state " + entity.Country
                : byPlace ? "read as " + (entity.Rule ?? "place")
                : "inside " + entity.Type.ToString().ToLowerInvariant() + " " + entity.Actor;
            Count("wrong: " + Kind(g) + ", " + how + ", " + Coverage(g), g.Name, Context(gold.Text, g));
        }
    }

    public string Report(string corpus)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"{corpus}: gold {Gold}; found {FoundShare:P1} (place and state entities alone {FoundByPlacesShare:P1}); within {ToleranceKm} km {ResolvedShare:P1} (place and state entities alone {ResolvedByPlacesShare:P1}); right country {CountryShare:P1}; of those found, {ResolvedOfFoundShare:P2} within {ToleranceKm} km and {CountryOfFoundShare:P2} the right country; precision {Precision:P1} ({PredictedOverlapping}/{Predicted}); gazetteer holds {CoveredShare:P1} within {ToleranceKm} km");
        sb.AppendLine("  most frequent place/state entities overlapping no gold name: " + string.Join(", ",
            _falsePositives.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(25).Select(kv => $"{kv.Key} {kv.Value}")));
        foreach (var (reason, n) in _reasons.OrderByDescending(kv => kv.Value))
        {
            var frequent = string.Join(", ", _namesByReason[reason].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(10).Select(kv => $"{kv.Key} {kv.Value}"));
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {n,5}  {reason}: {frequent}");
            foreach (var example in _examplesByReason[reason]) sb.AppendLine("           e.g. …" + example + "…");
        }
        sb.AppendLine(CultureInfo.InvariantCulture, $"  gazetteer gaps ({Gold - Covered} gold names the knowledge base cannot place within {ToleranceKm} km), by kind, with the most frequent names:");
        foreach (var (gap, names) in _gaps.OrderByDescending(kv => kv.Value.Values.Sum()))
        {
            var frequent = string.Join(", ", names.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(12).Select(kv => $"{kv.Key} {kv.Value}"));
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {names.Values.Sum(),5}  {gap}: {frequent}");
        }
        return sb.ToString();
    }

    private void CountGap(string gap, string name)
    {
        if (!_gaps.TryGetValue(gap, out var names))
        {
            names = new Dictionary<string, int>(StringComparer.Ordinal);
            _gaps[gap] = names;
        }
        names[name] = names.GetValueOrDefault(name) + 1;
    }

    // The words around a gold name, for reading why it was missed.
    private static string Context(string text, GoldToponym g)
    {
        var from = Math.Max(0, g.Start - 50);
        var to = Math.Min(text.Length, g.End + 50);
        return (text[from..g.Start] + "[" + text[g.Start..g.End] + "]" + text[g.End..to]).ReplaceLineEndings(" ");
    }

    private void Count(string reason, string name, string context)
    {
        if (!_examplesByReason.TryGetValue(reason, out var examples)) _examplesByReason[reason] = examples = [];
        if (examples.Count < 3) examples.Add(context);
        _reasons[reason] = _reasons.GetValueOrDefault(reason) + 1;
        if (!_namesByReason.TryGetValue(reason, out var names))
        {
            names = new Dictionary<string, int>(StringComparer.Ordinal);
            _namesByReason[reason] = names;
        }
        names[name] = names.GetValueOrDefault(name) + 1;
    }

    private bool IsResolved(EntityMention e, GoldToponym g, string? goldCountry)
    {
        if (e.Type is not (EntityType.Place or EntityType.State))
        {
            // An actor carries no point: it resolves a gold state it names by its adjective or name, and nothing else.
            var goldIsNamedState = g.FeatureCode is { } fc ? fc.StartsWith("PCL", StringComparison.Ordinal) : _kb.FindState(g.Name) is not null;
            return goldIsNamedState && e.Country is { } country && country == goldCountry && NamesState(g.Name, country);
        }
        if (e.Type == EntityType.State && e.Country is not null)
        {
            // A state named as a state is right when it is the gold's country; its point (the capital) is
            // not comparable with a gold country's centroid.
            var named = _kb.FindState(g.Name);
            var goldIsState = g.FeatureCode is { } code ? code.StartsWith("PCL", StringComparison.Ordinal) : named is not null;
            if (goldIsState && e.Country == goldCountry) return true;
            // A capital read as its government ("Paris said") still names the city: judge it by the capital's point.
            if (e.Rule == "gazetteer:capital-metonym" && _kb.FindState(e.Country) is { CapitalLat: { } clat, CapitalLon: { } clon })
                return Km(clat, clon, g.Lat, g.Lon) <= ToleranceKm;
            if (goldIsState) return false;
        }
        return e.Lat is { } lat && e.Lon is { } lon && Km(lat, lon, g.Lat, g.Lon) <= ToleranceKm;
    }

    // The gold's own words name the state: its name or one of its adjectives or demonyms, so the actor's country came from them.
    private bool NamesState(string name, string iso3) =>
        _kb.FindState(name)?.Iso3 == iso3 || (_statesByAdjective.TryGetValue(name, out var states) && states.Contains(iso3));

    // What kind of place the gold is, from its GeoNames feature code where the corpus gives one.
    private static string Kind(GoldToponym g) => g.FeatureCode switch
    {
        null => "unknown kind",
        "ADM1" when g.Country == "United States" => "US state",
        "ADM1" => "admin1",
        "ADM2" when g.Country == "United States" => "US county",
        "ADM2" or "ADMD" => "admin2",
        var c when c.StartsWith("PCL", StringComparison.Ordinal) => "country",
        var c when c.StartsWith("PPL", StringComparison.Ordinal) => "populated place",
        _ => "other feature",
    };

    // Whether the knowledge base holds the gold's name with a point near the gold: separates gazetteer gaps from recogniser ones.
    private string Coverage(GoldToponym g)
    {
        if (_kb.FindState(g.Name) is { } state && state.Iso3 == GoldCountry(g)) return Near;
        // "Georgian troops": the gold places a state's adjective or demonym at the state, which the knowledge base holds.
        if (_statesByAdjective.TryGetValue(g.Name, out var states) && GoldCountry(g) is { } country && states.Contains(country)) return Near;
        var candidates = KbPoints(g.Name).ToList();
        if (candidates.Count == 0) return "name not in KB";
        return candidates.Any(c => Km(c.Lat, c.Lon, g.Lat, g.Lon) <= ToleranceKm) ? Near : "KB has the name elsewhere only";
    }

    private IEnumerable<(double Lat, double Lon)> KbPoints(string name)
    {
        foreach (var p in _kb.FindPlaces(name)) yield return (p.Lat, p.Lon);
        foreach (var a in _kb.FindAdminDivisions(name))
        {
            if (a.Lat is { } lat && a.Lon is { } lon) yield return (lat, lon);
        }
        if (_kb.FindState(name) is { CapitalLat: { } clat, CapitalLon: { } clon }) yield return (clat, clon);
    }

    private string? GoldCountry(GoldToponym g)
    {
        if (g.Country is { } name && _kb.FindState(name) is { } state) return state.Iso3;
        if (_nearestCache.TryGetValue((g.Lat, g.Lon), out var cached)) return cached;
        string? best = null;
        var bestD = double.MaxValue;
        var cos = Math.Cos(g.Lat * Math.PI / 180);
        foreach (var (lat, lon, iso3) in _points)
        {
            var dLat = lat - g.Lat;
            var dLon = (lon - g.Lon) * cos;
            var d = dLat * dLat + dLon * dLon;
            if (d < bestD)
            {
                bestD = d;
                best = iso3;
            }
        }
        return _nearestCache[(g.Lat, g.Lon)] = best;
    }

    private static bool Overlaps(EntityMention e, GoldToponym g) => e.Range.Start < g.End && g.Start < e.Range.End;

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    /// <summary>Great-circle distance in kilometres.</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6371.0088;
        double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
