using Annals.Text;

namespace Annals.Understanding.Entities;

// Places: which of several same-named places the article means, the second look, and whether a name is a place at all.
public sealed partial class EntityRecognizerComponent
{
    // Places near those the article already placed are likelier: local news names its neighbourhood.
    private static double Proximity(DocContext ctx, GazetteerEntry e)
    {
        if (e.Lat is not { } lat || e.Lon is not { } lon) return 0;
        var nearest = double.MaxValue;
        foreach (var other in ctx.Resolved.Values)
        {
            // A degree of latitude is 111 km: most pairs are ruled out before any trigonometry.
            if (other.Lat is { } olat && other.Lon is { } olon && !ReferenceEquals(other, e) && Math.Abs(olat - lat) * 111 < 400)
                nearest = Math.Min(nearest, Geo.DistanceKm(lat, lon, olat, olon));
        }
        return nearest < 150 ? 4 : nearest < 400 ? 2 : 0;
    }

    // Within 150 km of a place the article already placed: local news names its neighbourhood.
    private static bool IsNearResolved(DocContext ctx, GazetteerEntry e)
    {
        if (e.Lat is not { } lat || e.Lon is not { } lon) return false;
        foreach (var other in ctx.Resolved.Values)
        {
            if (other.Lat is { } olat && other.Lon is { } olon && Math.Abs(olat - lat) * 111 < 150 && Geo.DistanceKm(lat, lon, olat, olon) < 150) return true;
        }
        return false;
    }

    private EntityMention PlaceMention(DocContext ctx, Candidate c, GazetteerEntry place, string rule)
    {
        if (ctx.Resolved.TryAdd(c.TextIn(ctx.Doc), place)) ctx.FirstPlaced.Add(c);
        if (place.Country is { } country) ctx.Countries.Add(country);
        if (place.Admin1 is { } admin1) ctx.Admin1s.Add(admin1);
        // As an actor a place stands for its country (GDELT codes a visit to Budapest as one to HUN).
        return Mention(ctx.Doc, c.Start, c.End, EntityType.Place, place.Id, place.Name, place.Country is { } iso3 ? Cameo(iso3) : null, place.Country, rule, place.Lat, place.Lon);
    }

    /// <summary>
    /// A second look at names placed among namesakes: a name read before the article's other places ("Mansfield"
    /// in a headline, "Shreveport" later) is placed again beside all of them, and every mention of it follows.
    /// Looked at again until no name moves: a name moved to the article's home state can bring another with it.
    /// </summary>
    private void PlaceAgainBesideAll(DocContext ctx, List<Candidate> candidates, List<EntityMention> mentions)
    {
        if (ctx.FirstPlaced.Count < 2) return;
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var pass = 0; pass < MaxSecondLooks && PlaceEachAgain(ctx, candidates, mentions, votes); pass++) { }
        ctx.HomeAdmin1 = null;
    }

    // Each look settles most names; a third rarely moves any, and a fixed point is reached in a few in any case.
    private const int MaxSecondLooks = 3;

    /// <summary>Places each name again beside all the others; returns whether any moved.</summary>
    private bool PlaceEachAgain(DocContext ctx, List<Candidate> candidates, List<EntityMention> mentions, Dictionary<string, int> votes)
    {
        var moved = false;
        foreach (var c in ctx.FirstPlaced)
        {
            var name = c.TextIn(ctx.Doc);
            var first = ctx.Resolved[name];
            // A dateline names where the report was filed, whatever it goes on to name.
            if (ctx.InDateline(c) || c.Entries.Count(IsPlaceReading) < 2) continue;
            ctx.Resolved.Remove(name);
            // The state of its own first reading is no evidence for that reading: only the other names' states count.
            ctx.Admin1s.Clear();
            ctx.Admin1s.UnionWith(ctx.NamedAdmin1s);
            foreach (var other in ctx.Resolved.Values)
                if (other.Admin1 is { } a) ctx.Admin1s.Add(a);
            ctx.HomeAdmin1 = HomeAdmin1(ctx, votes);
            var again = BestPlace(ctx, candidates, candidates.IndexOf(c)) ?? first;
            // The country was chosen on the article's countries, which the second look leaves as they were, unless
            // the article's later names bring back a namesake's much bigger sense ("New York and St. Petersburg"
            // before "Moscow"; "London" before "Ontario").
            if (again.Country != first.Country && !IsProminentOver(again.Population, first.Population)) again = first;
            ctx.Resolved[name] = again;
            if (again.Admin1 is { } admin1) ctx.Admin1s.Add(admin1);
            if (again == first) continue;
            moved = true;
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.Type == EntityType.Place && m.KbId == first.Id && string.Equals(m.Text, name, StringComparison.OrdinalIgnoreCase))
                    mentions[i] = AsPlace(m, again);
            }
        }
        return moved;
    }

    /// <summary>
    /// One sense per article for a state's name that is also a town or division the article places: "Terry Jolly, 60,
    /// Lebanon" beside "Lebanon Police" and "Boone County" is the Indiana town throughout, and "north Georgia" before
    /// Atlanta is named the state that the later "Georgia" is, unless the article names the state some other way too
    /// ("Lebanese", "Beirut", "Tbilisi").
    /// </summary>
    private void ReadStateNamesAsTheTown(DocContext ctx, List<EntityMention> mentions)
    {
        if (ctx.Resolved.Count == 0) return;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m is not { Type: EntityType.State, Rule: "gazetteer:state", Country: { } state }) continue;
            if (!ctx.Resolved.TryGetValue(m.Text, out var town) || town.Kind is not (EntryKind.Place or EntryKind.AdminDivision) || town.Country == state) continue;
            if (ctx.IsStatedOtherwise(state, m.Text)) continue;
            mentions[i] = AsPlace(m, town) with { Rule = "gazetteer:place" };
        }
    }

    // The mention read as the place: its id, name, country, point, and as an actor its country.
    private EntityMention AsPlace(EntityMention m, GazetteerEntry place) => m with
    {
        Type = EntityType.Place, KbId = place.Id, Name = place.Name, Country = place.Country, Lat = place.Lat, Lon = place.Lon,
        Actor = place.Country is { } iso3 ? Cameo(iso3) : null,
    };

    private static bool IsProminentOver(long big, long small) => big >= ProminenceRatio * Math.Max(1, small);

    /// <summary>
    /// The first-level division most of the article's other placed names lie in, when one holds more than any
    /// other and at least two: a local paper's home. A state the article names is one of them (its own first-level division).
    /// </summary>
    /// <remarks>
    /// That the names share a state at all is weak ("Madison County" and "Richmond" are in many); which state
    /// holds most of them is not: beside Louisville, Kentucky and Jefferson County, "Richmond" is Kentucky's.
    /// </remarks>
    private static string? HomeAdmin1(DocContext ctx, Dictionary<string, int> votes)
    {
        votes.Clear();
        foreach (var e in ctx.Resolved.Values)
            if (e.Admin1 is { } a) votes[a] = votes.GetValueOrDefault(a) + 1;
        string? home = null;
        int best = 0, second = 0;
        foreach (var (admin1, n) in votes)
        {
            if (n > best)
            {
                (second, best, home) = (best, n, admin1);
            }
            else if (n > second)
            {
                second = n;
            }
        }
        return best >= 2 && best > second ? home : null;
    }

    /// <summary>
    /// Picks among same-named places and divisions by population, weighed against the article's own
    /// evidence: a qualifier after a comma ("Paris, Texas", "Alexandria, La."), the countries the article
    /// names, the places it already placed nearby, and the divisions its other place names share.
    /// </summary>
    /// <remarks>
    /// The country is chosen first, on evidence about countries and shared counties; the states the other
    /// names share then choose among that country's towns. A county or state shared by chance with a list of foreign names
    /// thus never carries a capital abroad to a small town of the same name ("London", "Glasgow").
    /// </remarks>
    private static GazetteerEntry? BestPlace(DocContext ctx, List<Candidate> candidates, int k)
    {
        var c = candidates[k];
        var name = c.TextIn(ctx.Doc);
        if (ctx.Resolved.TryGetValue(name, out var earlier)) return earlier;
        var qualifier = QualifierOf(ctx.Doc, candidates, k);
        IReadOnlyList<GazetteerEntry> entries = c.Entries;
        // Each reading's support from the article's other names and its score before the divisions are weighed (NaN
        // where it is no reading here): both passes below use them, and a name may have hundreds of readings.
        Span<double> countryScores = entries.Count <= 64 ? stackalloc double[entries.Count] : new double[entries.Count];
        Span<PlaceCoherence.Backing> supports = entries.Count <= 64 ? stackalloc PlaceCoherence.Backing[entries.Count] : new PlaceCoherence.Backing[entries.Count];
        GazetteerEntry? leader = null;
        var leaderScore = double.MinValue;
        var leaderSupport = default(PlaceCoherence.Backing);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var support = supports[i] = IsPlaceReading(e) ? ctx.Coherence.Support(name, e) : default;
            if (!IsReadingHere(ctx, e, support.Admin2))
            {
                countryScores[i] = double.NaN;
                continue;
            }
            var score = countryScores[i] = CountryScore(ctx, qualifier, e, support);
            // "Dublin" in an article that names the State of Ohio: a state the article names speaks for its country's
            // reading. Among that country's readings the states are weighed below, with the other names' states.
            if (NamesStateOf(ctx, c, e)) score += NamedStateWeight;
            if (score > leaderScore)
            {
                (leader, leaderScore, leaderSupport) = (e, score, support);
            }
        }
        if (leader is null) return null;
        if (qualifier is null && Prominent(c) is { } prominent && prominent.Country != leader.Country && KeepsProminentSense(ctx, c, prominent, leader, leaderSupport))
            leader = prominent;
        else if (qualifier is null && IsVillageWithoutEvidence(ctx, leader, leaderSupport) && ProminentDivision(c, leader) is { } division)
            leader = division;
        GazetteerEntry best = leader;
        var bestScore = double.MinValue;
        var capitalFirst = NamesCapitalBeforeDivision(ctx.Doc, candidates, k, leader.Country);
        var biggest = BiggestIn(c, leader.Country);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (double.IsNaN(countryScores[i]) || e.Country != leader.Country) continue;
            if (capitalFirst && e is { Kind: EntryKind.AdminDivision, Level: 1 }) continue;
            var score = countryScores[i];
            // A capital's name has namesakes in most states: sharing only a state with the article's other names
            // is chance there, and only a county or a qualifier carries the name to a small town.
            // A town dwarfed by a namesake ten times its size in the same country takes its state's backing only
            // when that backing is whole (another name read in that state alone, or the article's home state), and
            // more than whole the more it is dwarfed: names readable in many states lend each a fraction, and
            // fractions do not carry "Rock Hill" beside Columbia and Augusta to a village in New York.
            var dwarfed = IsProminentOver(biggest, e.Population);
            var stateSupport = supports[i].Admin1;
            var inHomeState = e.Admin1 is { } state && state == ctx.HomeAdmin1;
            if (!capitalFirst && (!dwarfed || stateSupport >= StateSupportNeeded(biggest, e.Population) || inHomeState))
            {
                score += 2.5 * Math.Min(stateSupport, 2);
                if (e.Admin1 is { } admin1 && ctx.Admin1s.Contains(admin1)) score += 3;
            }
            // Neither a county pair nor the home state carries a name from a namesake ten times its size: "California"
            // beside Pennsylvania's towns is still the state, "Louisville" in an Illinois paper still Kentucky's city.
            if (!capitalFirst && !dwarfed)
            {
                // CountryScore counted the county at its shared-out weight: a pair that can meet only there counts in full.
                var shared = supports[i].Admin2;
                if (shared > 0) score += 3 * Math.Max(0, Math.Min(ctx.Coherence.PairedCounty(name, c.Entries, e), 2) - Math.Min(shared, 2));
                if (inHomeState) score += HomeStateWeight;
            }
            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }
        // A capital keeps its place id and population when the gazetteer holds it as a place too.
        if (best.Kind == EntryKind.Capital)
            best = BiggestPlaceIn(entries, best.Country) ?? best with { Id = best.Name };
        return best;
    }

    // The article names the state of a town reading. A name that is itself a state or province's ("Ontario", "Santa Ana")
    // is left to the divisions' own weighing: beside New York, Ontario is still the province, not a village of the state.
    private static bool NamesStateOf(DocContext ctx, Candidate c, GazetteerEntry e) =>
        e.Kind == EntryKind.Place && e.Admin1 is { } state && ctx.NamedAdmin1s.Contains(state)
        && !c.Entries.Any(own => own is { Kind: EntryKind.AdminDivision, Level: 1 });

    // The most populous town reading in a country, the first of equals.
    private static GazetteerEntry? BiggestPlaceIn(IReadOnlyList<GazetteerEntry> entries, string? country)
    {
        GazetteerEntry? top = null;
        foreach (var e in entries)
            if (e.Kind == EntryKind.Place && e.Country == country && (top is null || e.Population > top.Population)) top = e;
        return top;
    }

    // The population of the biggest reading a name has in a country, a state's own included.
    private static long BiggestIn(Candidate c, string? country)
    {
        long biggest = 0;
        foreach (var e in c.Entries)
            if (IsPlaceReading(e) && e.Country == country) biggest = Math.Max(biggest, e.Population);
        return biggest;
    }

    // Worth a shared county less a little: a county the name shares with another still outweighs the home state.
    private const double HomeStateWeight = 2.5;

    // Less than the gap between a town and a namesake ten times its size abroad.
    private const double NamedStateWeight = 1.5;

    // A whole name's worth (another name read only in that state, or several that share it with few others) for a
    // namesake ten times the town's size, one more for each further tenfold: beside Chicago, "Oregon" is still the
    // state and "Atlanta" Georgia's city, not the Illinois villages of those names.
    private static double StateSupportNeeded(long biggest, long population) =>
        Math.Max(1, Math.Log10((double)biggest / Math.Max(1, population)));

    // "Washington" is the capital, "Washington state" the state: news names a first-level division that shares
    // its name with its country's capital as a state ("Washington state", "the state of Washington"), by naming a
    // town in it first ("Seattle, Washington"), or among other states ("Oregon, Washington and Idaho").
    private static bool NamesCapitalBeforeDivision(Doc doc, List<Candidate> candidates, int k, string? country)
    {
        var c = candidates[k];
        if (country is null || !IsCapitalOf(c, country)) return false;
        if (c.End < doc.TokenCount && doc.Token(c.End).Norm is "state" or "province") return false;
        if (c.Start >= 2 && doc.Token(c.Start - 1).Norm == "of" && doc.Token(c.Start - 2).Norm is "state" or "province") return false;
        if (!HasFirstLevelDivision(c)) return false;
        if (k > 0 && Listed(doc, candidates[k - 1], c))
        {
            var before = candidates[k - 1];
            // "Seattle, Washington": a town of the division qualified by it.
            if (doc.Token(c.Start - 1).Text == "," && HasTownOfDivision(before, c)) return false;
            if (IsDivisionOf(before, country)) return false;
        }
        return !(k + 1 < candidates.Count && Listed(doc, c, candidates[k + 1]) && IsDivisionOf(candidates[k + 1], country));
    }

    // Loops, not queries: these are asked of most place names, and a query with a lambda is an allocation per call.
    private static bool HasFirstLevelDivision(Candidate c)
    {
        foreach (var e in c.Entries)
            if (e is { Kind: EntryKind.AdminDivision, Level: 1 }) return true;
        return false;
    }

    // Whether a town among the readings of `town` lies in a first-level division among those of `division`.
    private static bool HasTownOfDivision(Candidate town, Candidate division)
    {
        foreach (var a in division.Entries)
        {
            if (a is not { Kind: EntryKind.AdminDivision, Level: 1 }) continue;
            foreach (var e in town.Entries)
                if (e.Kind == EntryKind.Place && e.Admin1 == a.Id) return true;
        }
        return false;
    }

    private static bool IsDivisionOf(Candidate c, string country)
    {
        foreach (var e in c.Entries)
            if (e is { Kind: EntryKind.AdminDivision, Level: 1 } && e.Country == country) return true;
        return false;
    }

    private static bool IsCapitalOf(Candidate c, string country)
    {
        foreach (var e in c.Entries)
            if ((e.Kind == EntryKind.Capital || e.Feature == "PPLC") && e.Country == country) return true;
        return false;
    }

    // How many times more populous a reading must be than the one the article's countries favour to keep
    // its sense without local evidence: London beside "Canadian" is still London, England; Athens beside
    // Georgia's towns is not Athens, Greece (the towns share the county or state), nor is Paris in an article
    // whose place names are mostly American. A dateline names where a wire was filed, most often the big city.
    private const double ProminenceRatio = 10;

    // A world city or capital opening a wire ("LONDON, March 3 -") is where it was filed, whatever the wire
    // is about; elsewhere a much bigger namesake loses only to evidence that the article is local.
    private static bool KeepsProminentSense(DocContext ctx, Candidate c, GazetteerEntry prominent, GazetteerEntry leader, PlaceCoherence.Backing leaderSupport)
    {
        if (ctx.InDateline(c) && (prominent.Feature == "PPLC" || prominent.Population >= WorldCityPopulation)) return true;
        return prominent.Population >= ProminenceRatio * Math.Max(1, leader.Population) && !HasLocalEvidence(ctx, leader, leaderSupport)
            && (ctx.InDateline(c) || leader.Country != ctx.HomeCountry);
    }

    private const long WorldCityPopulation = 1_000_000;

    // "a tile from England" in a Los Angeles paper: a village nothing in the article places (England, Arkansas) does not
    // outweigh a first-level division abroad a hundred times its size, whatever the article's country.
    private static bool IsVillageWithoutEvidence(DocContext ctx, GazetteerEntry leader, PlaceCoherence.Backing support) =>
        leader is { Kind: EntryKind.Place, Population: < TownPopulation } && !HasLocalEvidence(ctx, leader, support);

    private static GazetteerEntry? ProminentDivision(Candidate c, GazetteerEntry leader)
    {
        GazetteerEntry? top = null;
        foreach (var e in c.Entries)
            if (e is { Kind: EntryKind.AdminDivision, Level: 1 } && e.Country != leader.Country && e.Population >= DivisionProminenceRatio * Math.Max(1, leader.Population)
                && (top is null || e.Population > top.Population)) top = e;
        return top;
    }

    private const double DivisionProminenceRatio = 100;

    // The most populous town a name can read as: the sense a reader takes without evidence.
    private static GazetteerEntry? Prominent(Candidate c)
    {
        GazetteerEntry? top = null;
        foreach (var e in c.Entries)
            if (e.Kind == EntryKind.Place && (top is null || e.Population > top.Population)) top = e;
        return top;
    }

    // Evidence that places a reading where the article is, beyond naming its country: other names sharing
    // its state or county, a state the article names, a place already resolved nearby.
    private static bool HasLocalEvidence(DocContext ctx, GazetteerEntry e, PlaceCoherence.Backing support)
    {
        var (_, admin1, admin2) = support;
        return admin1 >= 0.5 || admin2 > 0 || (e.Admin1 is { } a && ctx.Admin1s.Contains(a)) || Proximity(ctx, e) > 0;
    }

    // "Athens Police Department" beside "Henderson County": a namesake of the capital that shares a county with
    // another of the article's names is the town meant, not the capital's government.
    private static bool HasLocalNamesake(DocContext ctx, Candidate c, GazetteerEntry capital)
    {
        var name = c.TextIn(ctx.Doc);
        foreach (var e in c.Entries)
            if (e.Kind == EntryKind.Place && e.Country != capital.Country && ctx.Coherence.Support(name, e).Admin2 > 0) return true;
        return false;
    }

    private static bool IsPlaceReading(GazetteerEntry e) => e.Kind is EntryKind.Place or EntryKind.Capital or EntryKind.AdminDivision;

    // A village below cities1000 is a reading only where the article's other places point to it: most of its name's
    // readers mean a bigger namesake, or no place at all. A shared state is too common to count: another of the
    // article's names must share its county, or a place already placed lie near it.
    // countySupport: the reading's support from names sharing its county (PlaceCoherence.Support).
    private static bool IsReadingHere(DocContext ctx, GazetteerEntry e, double countySupport) =>
        IsPlaceReading(e) && (!e.Small || countySupport > 0 || IsNearResolved(ctx, e));

    // How likely a reading is before the divisions of the article's other names are weighed; support is the reading's (PlaceCoherence.Support).
    private static double CountryScore(DocContext ctx, GazetteerEntry? qualifier, GazetteerEntry e, PlaceCoherence.Backing support)
    {
        // A division's population sums its towns: weigh it below a city of the same name ("Gaza").
        var score = Math.Log10(e.Population + 10) - (e.Kind == EntryKind.AdminDivision ? 1 : 0);
        if (qualifier is { } q)
        {
            if (q.Kind == EntryKind.AdminDivision && e.Admin1 == q.Id && e.Id != q.Id) score += 20;
            else if (q.Kind == EntryKind.StateName && e.Country == q.Country) score += 15;
        }
        if (e.Country is { } country && ctx.Countries.Contains(country)) score += 3;
        if (e.Country is { } home && home == ctx.HomeCountry) score += 1;
        // Two names sharing a county rarely do by chance: that outweighs a big namesake abroad.
        var (inCountry, _, inAdmin2) = support;
        score += Math.Min(inCountry, 1) + 3 * Math.Min(inAdmin2, 2);
        score += Proximity(ctx, e);
        if (e.Feature == "PPLC" || e.Kind == EntryKind.Capital) score += 1.5;
        else if (e.Feature == "PPLA") score += 0.5;
        if (e.Kind == EntryKind.AdminDivision && e.Level == 1) score += 1;
        return score;
    }

    // The state or first-level division named right after a comma: "Paris, Texas", "Alexandria, La.".
    private static GazetteerEntry? QualifierOf(Doc doc, List<Candidate> candidates, int k)
    {
        if (k + 1 >= candidates.Count) return null;
        var c = candidates[k];
        var next = candidates[k + 1];
        if (next.Start != c.End + 1 || doc.Token(c.End).Text != ",") return null;
        return next.Entries.FirstOrDefault(e => e.Kind == EntryKind.AdminDivision && e.Level == 1)
            ?? next.First(EntryKind.StateName);
    }

    // "Georgia" is the US state in "Atlanta, Georgia" and in an article about American places.
    /// <summary>
    /// Whether a state's name ("Georgia", "Palestine", "Jordan") names a division or town of another
    /// country here: one the text qualifies ("Atlanta, Georgia", "Palestine, Texas") or one in the
    /// country and divisions the article is about, when it never names the state as such.
    /// </summary>
    private static bool NamesAdminDivisionHere(DocContext ctx, List<Candidate> candidates, int k, GazetteerEntry state)
    {
        var c = candidates[k];
        var anyLocal = false;
        foreach (var e in c.Entries)
            anyLocal |= IsLocalReading(e, state);
        if (!anyLocal) return false;
        if (QualifierOf(ctx.Doc, candidates, k) is { } q)
        {
            foreach (var e in c.Entries)
                if (IsLocalReading(e, state) && (q.Kind == EntryKind.AdminDivision ? e.Admin1 == q.Id : e.Country == q.Country)) return true;
        }
        if (k > 0 && candidates[k - 1].End + 1 == c.Start && ctx.Doc.Token(c.Start - 1).Text == ",")
        {
            var before = candidates[k - 1];
            foreach (var a in c.Entries)
            {
                if (a.Kind != EntryKind.AdminDivision || !IsLocalReading(a, state)) continue;
                foreach (var e in before.Entries)
                    if (e.Kind == EntryKind.Place && e.Admin1 == a.Id) return true;
            }
        }
        if (ctx.IsStatedOtherwise(state.Country!, c.TextIn(ctx.Doc))) return false;
        // "the Georgia state line", "Washington state": the word "state" after the name makes it the division.
        if (c.End < ctx.Doc.TokenCount && ctx.Doc.Token(c.End).Norm == "state")
        {
            foreach (var e in c.Entries)
                if (e is { Kind: EntryKind.AdminDivision, Level: 1 } && IsLocalReading(e, state)) return true;
        }
        foreach (var e in c.Entries)
            if (IsLocalReading(e, state) && e.Admin1 is { } a && ctx.Admin1s.Contains(a) && (state.Kind != EntryKind.StateName || !IsVillageBesideState(ctx, e))) return true;
        foreach (var e in c.Entries)
            if (IsLocalReading(e, state) && e.Kind == EntryKind.AdminDivision && e.Level == 1 && e.Country is { } country && ctx.HomeCountry == country) return true;
        return false;
    }

    // A reading of a state's name as a division or town of another country. Walked in loops, not filtered into a list:
    // asked of most names of states, and the list with its lambdas was an allocation per call.
    private static bool IsLocalReading(GazetteerEntry e, GazetteerEntry state) =>
        e.Kind is EntryKind.AdminDivision or EntryKind.Place && e.Country != state.Country;

    // A country's name is read as a village of a state the article names only beside the places it has placed near
    // it: "the Middle East, Italy and Russia" in a Texas paper is not Italy, Texas.
    private static bool IsVillageBesideState(DocContext ctx, GazetteerEntry e) => e.Population < TownPopulation && !IsNearResolved(ctx, e);

    private const long TownPopulation = 10_000;

    /// <summary>
    /// Whether a name the gazetteer knows only as a place (or division) is one here: not a common word
    /// or part of a person's name, and either salient (a big city, a state, a name of several words) or
    /// backed by evidence in the sentence (a locative preposition, a qualifier) or earlier in the article.
    /// </summary>
    private bool IsPlausiblePlace(DocContext ctx, List<Candidate> candidates, int k)
    {
        var doc = ctx.Doc;
        var c = candidates[k];
        var single = c.End - c.Start == 1;
        var first = doc.Token(c.Start);
        // "Wichita Street", "Washington Drive": a street named after a place is no mention of it.
        if (single && NamesStreet(doc, c)) return false;
        if (NamesSaintsFoundation(doc, c)) return false;
        if (single && c.Has(EntryKind.StateAdjective) && !IsAdjectiveReadAsTown(doc, candidates, k)) return false;
        if (ctx.Resolved.ContainsKey(c.TextIn(doc))) return true;
        if (IsDivisionAbbreviation(doc, c)) return true;
        // "in March" is a month, "Northwest 8th Avenue" a direction, "Dundas Street" a road: such a word is a place only
        // when qualified ("March, Cambridgeshire").
        if (single && (IsCalendarWord(first.Norm) || GenericPlaceWords.Contains(first.Norm) || Thoroughfares.Contains(first.Norm)) && QualifierOf(doc, candidates, k) is null) return false;
        // "the North Side", "the West End": a quarter of the article's own town, not a district abroad filed under the words.
        if (c.End - c.Start == 2 && GenericPlaceWords.Contains(first.Norm) && doc.Token(c.Start + 1).Norm is "side" or "end"
            && QualifierOf(doc, candidates, k) is null) return false;
        // "Pack 178", "Section 2AA": a name numbered is a unit, not a town, unless the town is one the reader knows.
        if (single && c.End < doc.TokenCount && char.IsDigit(doc.Token(c.End).Text[0]) && !AnySalient(c.Entries)) return false;
        // The evidence is weighed only when the answer turns on it: most names are settled without it. It must be
        // weighed before a name word below can add to the person names it reads.
        bool? evidence = null;
        // "attended Mass.": at a sentence's end, an abbreviation's period may be the sentence's own.
        if (EndsWithPeriod(doc, c) && EndsSentence(doc, c) && !(evidence ??= HasPlaceEvidence(ctx, candidates, k))) return false;
        if (single && _commonWords.Contains(first.Norm) && !(evidence ??= HasPlaceEvidence(ctx, candidates, k))) return false;
        if (single && ctx.PersonNameParts.Contains(first.Norm)) return false;
        if (FollowsNameWord(doc, candidates, k))
        {
            // "Vandals Hit Lancaster Park", "Bogdanov Joins Sochi Mayor Race": a word capitalised for opening the sentence,
            // or any word of a title-case headline, is weak evidence of a name: it keeps the place unread here, and
            // does not make the word a name for the rest of the article.
            if (single && !OpensSentence(doc, c.Start - 1) && !IsTitleCase(doc, doc.SentenceOfToken(c.Start))) ctx.PersonNameParts.Add(first.Norm);
            return false;
        }
        // "Jones said": a lone name that speaks is a person.
        if (single && c.End < doc.TokenCount && SpeechVerbs.Contains(doc.Token(c.End).Norm) && !(evidence ??= HasPlaceEvidence(ctx, candidates, k))) return false;
        if (ctx.InDateline(c) || !single || (evidence ?? HasPlaceEvidence(ctx, candidates, k))) return true;
        foreach (var e in c.Entries)
        {
            if (e.Kind is EntryKind.Place or EntryKind.Capital or EntryKind.AdminDivision && e.Population >= 100_000) return true;
            if (e is { Kind: EntryKind.AdminDivision, Level: 1 }) return true;
        }
        return false;
    }

    // "Canadian winters", "the Canadian capital": a state's adjective is the state's, not a town of that name (Canadian,
    // Texas), unless qualified ("Canadian, Texas") or after a locative with no noun after it ("lives in Canadian.").
    private static bool IsAdjectiveReadAsTown(Doc doc, List<Candidate> candidates, int k)
    {
        var c = candidates[k];
        if (QualifierOf(doc, candidates, k) is not null) return true;
        var nounAfter = c.End < doc.TokenCount && doc.Token(c.End) is { Kind: TokenKind.Word } after && !after.IsCapitalized;
        return IsLocative(doc, c.Start) && !nounAfter;
    }

    // "Missing Ill. man", "Major Mich. utilities", "a Ga. pastor": a state's abbreviation with its period names the
    // state wherever it stands; no one is called "Ga.". At a sentence's end the period may be the sentence's ("at Mass.").
    private static bool IsDivisionAbbreviation(Doc doc, Candidate c)
    {
        if (!EndsWithPeriod(doc, c) || !char.IsUpper(doc.Token(c.Start).Text[0]) || EndsSentence(doc, c)) return false;
        foreach (var e in c.Entries)
            if (e is { Kind: EntryKind.AdminDivision, Level: 1 }) return true;
        return false;
    }

    // Words after a saint's name that make it a church's, school's or hospital's: "St. James United Methodist Church",
    // "St. Rose Dominican Hospital".
    private static readonly HashSet<string> SaintsFoundations = new(StringComparer.Ordinal)
    {
        "church", "catholic", "lutheran", "methodist", "episcopal", "baptist", "presbyterian", "orthodox", "united",
        "school", "academy", "college", "university", "hospital", "health", "medical", "mercy", "dominican", "cemetery",
        "cathedral", "chapel", "retirement", "youth",
    };

    /// <summary>
    /// A saint's name ("St. James", "Saint Rose", "St. Paul's") before a word naming a church, school or hospital
    /// names that foundation, not the town called after the saint; a saint's name in the possessive before any
    /// capitalised word does too ("St. Michael's Catholic School", "St. John's Health System").
    /// </summary>
    private static bool NamesSaintsFoundation(Doc doc, Candidate c)
    {
        if (doc.Token(c.Start).Norm is not ("st." or "saint" or "ste." or "sainte") || c.End >= doc.TokenCount) return false;
        var next = doc.Token(c.End);
        if (next.Kind == TokenKind.Word && next.IsCapitalized && SaintsFoundations.Contains(next.Norm)) return true;
        // The possessive is a token after the name, or the end of the name as the gazetteer holds it ("St. John's").
        var clitic = next.Kind == TokenKind.Clitic && next.Norm is "'s" or "’s";
        var lastWord = doc.Token(c.End - 1).Text;
        if (!clitic && !lastWord.EndsWith("'s", StringComparison.Ordinal) && !lastWord.EndsWith("’s", StringComparison.Ordinal)) return false;
        var after = clitic ? c.End + 1 : c.End;
        return after < doc.TokenCount && doc.Token(after) is { Kind: TokenKind.Word, IsCapitalized: true };
    }

    // "Ill." is read as two tokens, "Calif." as one: either way the name ends with a period.
    private static bool EndsWithPeriod(Doc doc, Candidate c) => c.Part is null && doc.Token(c.End - 1).Text.EndsWith('.');

    private static bool EndsSentence(Doc doc, Candidate c) => c.End >= doc.Sentence(doc.SentenceOfToken(c.Start)).EndToken;

    // Evidence in the sentence or the article that a name is a place: a locative, a qualifier, a head noun, a
    // listed place, or a reading in a state the article names or near a place it placed.
    private bool HasPlaceEvidence(DocContext ctx, List<Candidate> candidates, int k)
    {
        var doc = ctx.Doc;
        var c = candidates[k];
        if (IsLocative(doc, c.Start) || QualifierOf(doc, candidates, k) is not null || IsOfPlace(doc, c.Start)
            || (c.End < doc.TokenCount && PlaceHeadNouns.Contains(doc.Token(c.End).Norm))
            || (!IsCommonOrPersonWord(ctx, doc.Token(c.Start).Norm) && IsListedWithPlace(ctx, candidates, k))) return true;
        foreach (var e in c.Entries)
        {
            // A state is no evidence for itself: "Mass." names the state it would be read as.
            if (e.Kind is EntryKind.Place or EntryKind.AdminDivision && !e.Small && (e.Admin1 is { } a && a != e.Id && ctx.Admin1s.Contains(a) || IsNearResolved(ctx, e)))
                return true;
        }
        return false;
    }

    private static bool AnySalient(IReadOnlyList<GazetteerEntry> entries)
    {
        foreach (var e in entries)
            if (IsSalient(e)) return true;
        return false;
    }

    /// <summary>
    /// "Kisii, Wajir, Mandera, Naivasha": a name listed beside a place the reader knows (a big city, a state
    /// or province, a name the article already placed) in the same country is a place too.
    /// </summary>
    private static bool IsListedWithPlace(DocContext ctx, List<Candidate> candidates, int k)
    {
        var c = candidates[k];
        return (k > 0 && Listed(ctx.Doc, candidates[k - 1], c) && Anchors(ctx, candidates[k - 1], c))
            || (k + 1 < candidates.Count && Listed(ctx.Doc, c, candidates[k + 1]) && Anchors(ctx, candidates[k + 1], c));
    }

    // Two names one list separator apart: "Kisii, Wajir", "Mandera and Naivasha".
    private static bool Listed(Doc doc, Candidate before, Candidate after) =>
        after.Start - before.End == 1 && doc.Token(before.End).Norm is "," or "and" or "or" && SameSentence(doc, before.Start, after.Start);

    // Whether a listed neighbour is a place the reader knows, in a country one of the name's readings shares.
    private static bool Anchors(DocContext ctx, Candidate neighbour, Candidate c)
    {
        GazetteerEntry? known = ctx.Resolved.TryGetValue(neighbour.TextIn(ctx.Doc), out var resolved) ? resolved : null;
        foreach (var e in neighbour.Entries)
        {
            if (known is null && !(IsPlaceReading(e) && IsSalient(e))) continue;
            var country = known?.Country ?? e.Country;
            if (country is not null && HasPlaceIn(c, country)) return true;
            if (known is not null) break;
        }
        return false;
    }

    // A loop, not a query: a lambda over the country was an allocation for each reading weighed.
    private static bool HasPlaceIn(Candidate c, string country)
    {
        foreach (var r in c.Entries)
            if (IsPlaceReading(r) && r.Country == country) return true;
        return false;
    }

    // Words that qualify a person before the name or place that follows ("Former Arkansas Gov.", "Missing Glen Allen
    // woman"): no one is called by them.
    private static readonly HashSet<string> PersonQualifiers = new(StringComparer.Ordinal)
    {
        "former", "late", "acting", "retired", "longtime", "veteran", "missing", "local", "area", "suspected", "alleged",
        "accused", "slain", "injured", "jailed",
    };

    // "Barack Obama", "Mr. Jones": a capitalised word or a title just before it makes it a name. A word
    // capitalised only because it opens the sentence ("Three Philadelphia police") does not.
    private bool FollowsNameWord(Doc doc, List<Candidate> candidates, int k)
    {
        var c = candidates[k];
        var sentenceStart = doc.Sentence(doc.SentenceOfToken(c.Start)).FirstToken;
        if (c.Start <= sentenceStart) return false;
        var previous = doc.Token(c.Start - 1);
        if (previous.Kind != TokenKind.Word) return false;
        if (Text.Tokenization.Abbreviations.IsTitle(previous.Text)) return true;
        // Candidates are in text order and do not overlap: only the one before can cover the previous token.
        var previousIsCandidate = k > 0 && candidates[k - 1].End == c.Start;
        // "Albany — An Albany man": an article opens a noun phrase, not a name.
        if (!previous.IsCapitalized || previousIsCandidate || previous.Norm is "the" or "a" or "an" or "in" or "at" or "of") return false;
        if (PersonQualifiers.Contains(previous.Norm)) return false;
        return !(c.Start - 1 == sentenceStart && (_commonWords.Contains(previous.Norm) || NumberWords.Contains(previous.Norm)));
    }
}
