using Annals.Knowledge;
using Annals.Text;
using NodaTime;

namespace Annals.Understanding.Entities;

/// <summary>What the recogniser learns about one document as it goes: its date, countries and the people it names.</summary>
/// <remarks>
/// Its sets and tables are the thread's own, cleared for each article and given back by <see cref="Dispose"/>: made new
/// for every article, a dozen small collections were a large part of what the entity stage allocated. Nothing of
/// them outlives the article: the mentions hold the entries and people, never the collections.
/// </remarks>
internal sealed class DocContext : IDisposable
{
    [ThreadStatic] private static Tables? _spareTables;
    private Tables? _tables;

    private readonly List<Person> _people;

    public DocContext(Doc doc, LocalDate? date, IReadOnlyList<Candidate> candidates, string? outletCountry = null)
    {
        Doc = doc;
        Date = date;
        var tables = _tables = _spareTables ?? new Tables();
        _spareTables = null;
        tables.Clear();
        (_people, _statedAs, _stateMentions) = (tables.People, tables.StatedAs, tables.StateMentions);
        (Countries, Admin1s, Resolved, FirstPlaced, PersonNameParts, Surnames) =
            (tables.Countries, tables.Admin1s, tables.Resolved, tables.FirstPlaced, tables.PersonNameParts, tables.Surnames);
        var votes = tables.Votes;
        foreach (var c in candidates)
        {
            var facts = c.Readings.Facts;
            foreach (var iso3 in facts.StatesNamed)
            {
                Countries.Add(iso3);
                _stateMentions[iso3] = _stateMentions.GetValueOrDefault(iso3) + 1;
                var name = c.TextIn(doc);
                if (!_statedAs.Contains((iso3, name))) _statedAs.Add((iso3, name));
            }
            // Each place name votes for the country of its likeliest reading: the most voted is the article's home.
            if (facts.LikeliestCountry is { } likeliest) votes[likeliest] = votes.GetValueOrDefault(likeliest) + 1;
            // A state or province name with one reading ("Texas", "Ontario") places the article; in its country
            // only when no town abroad shares the name ("Alexandria" is a governorate of Egypt and a town in Louisiana).
            if (facts.OnlyAdmin1 is { } admin1 && !c.Has(EntryKind.StateName) && !c.Has(EntryKind.Person))
            {
                Admin1s.Add(admin1.Id);
                if (facts.OnlyAdmin1CountryAlone) Countries.Add(admin1.Country!);
            }
        }
        tables.NamedAdmin1s.UnionWith(Admin1s);
        NamedAdmin1s = tables.NamedAdmin1s;
        // The outlet's own country outweighs the votes: a Canadian paper's "London" is at home unless it says otherwise.
        HomeCountry = outletCountry ?? MostVoted(votes);
        if (outletCountry is not null) Countries.Add(outletCountry);
    }

    /// <summary>Gives the thread its tables back for the next article.</summary>
    public void Dispose()
    {
        if (_tables is null) return;
        _spareTables = _tables;
        _tables = null;
    }

    // One article's collections, kept by a thread between articles.
    private sealed class Tables
    {
        public readonly List<Person> People = [];
        public readonly List<(string Country, string Name)> StatedAs = [];
        public readonly Dictionary<string, int> StateMentions = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> Votes = new(StringComparer.Ordinal);
        public readonly HashSet<string> Countries = new(StringComparer.Ordinal);
        public readonly HashSet<string> Admin1s = new(StringComparer.Ordinal);
        public readonly HashSet<string> NamedAdmin1s = new(StringComparer.Ordinal);
        public readonly Dictionary<string, GazetteerEntry> Resolved = new(StringComparer.OrdinalIgnoreCase);
        public readonly List<Candidate> FirstPlaced = [];
        public readonly HashSet<string> PersonNameParts = new(StringComparer.Ordinal);
        public readonly Dictionary<string, Person> Surnames = new(StringComparer.Ordinal);

        public void Clear()
        {
            People.Clear();
            StatedAs.Clear();
            StateMentions.Clear();
            Votes.Clear();
            Countries.Clear();
            Admin1s.Clear();
            NamedAdmin1s.Clear();
            Resolved.Clear();
            FirstPlaced.Clear();
            PersonNameParts.Clear();
            Surnames.Clear();
        }
    }

    // The country with the most votes, when it has at least two and no other has as many.
    private static string? MostVoted(Dictionary<string, int> votes)
    {
        string? top = null;
        int best = 0, second = 0;
        foreach (var (country, n) in votes)
        {
            if (n > best) (second, best, top) = (best, n, country);
            else if (n > second) second = n;
        }
        return best >= 2 && best > second ? top : null;
    }

    /// <summary>What a name's entries say about countries, whatever the article: kept with them (<see cref="NameReadings"/>).</summary>
    internal static EntryFacts FactsOf(IReadOnlyList<GazetteerEntry> entries)
    {
        var states = entries.Where(e => e.Kind is EntryKind.StateName or EntryKind.StateAdjective or EntryKind.SeatOfPower && e.Country is not null)
            .Select(e => e.Country!).ToArray();
        var geo = entries.Where(e => e.Kind is EntryKind.Place or EntryKind.AdminDivision or EntryKind.StateName or EntryKind.Capital && e.Country is not null).ToList();
        var likeliest = geo.Count > 0 ? geo.MaxBy(e => e.Kind is EntryKind.StateName or EntryKind.Capital ? long.MaxValue : e.Population)!.Country : null;
        var admins = entries.Where(e => e.Kind == EntryKind.AdminDivision && e.Level == 1).ToList();
        var onlyAdmin1 = admins.Count == 1 ? admins[0] : null;
        var alone = onlyAdmin1?.Country is { } country && entries.All(e => e.Country is null || e.Country == country);
        return new EntryFacts(states, likeliest, onlyAdmin1, alone);
    }

    /// <summary>The states a name names, the country of its likeliest place reading, and its one first-level division if it has exactly one.</summary>
    internal sealed record EntryFacts(string[] StatesNamed, string? LikeliestCountry, GazetteerEntry? OnlyAdmin1, bool OnlyAdmin1CountryAlone);

    public Doc Doc { get; }

    /// <summary>The tokens of the dateline's place, or (0, 0) when the text has none.</summary>
    public (int Start, int End) Dateline { get; init; }

    /// <summary>Whether a candidate starts within the dateline's place.</summary>
    public bool InDateline(Candidate c) => c.Start >= Dateline.Start && c.Start < Dateline.End;

    /// <summary>The publication date, when known.</summary>
    public LocalDate? Date { get; }

    /// <summary>Countries the article names: they break ties between places of the same name.</summary>
    public HashSet<string> Countries { get; }

    /// <summary>The outlet's country when its address tells it (<see cref="OutletCountry"/>), else the country most of the article's place names point to, when one stands out.</summary>
    public string? HomeCountry { get; }

    // Each state the article names with each name it is named by, once: a handful per article, read through in a line.
    private readonly List<(string Country, string Name)> _statedAs;

    private readonly Dictionary<string, int> _stateMentions;

    /// <summary>How many times the article names a state, by its name, adjective or seat of power.</summary>
    public int StateMentions(string country) => _stateMentions.GetValueOrDefault(country);

    /// <summary>
    /// Whether the article names a country as a state by some name other than <paramref name="surface"/>:
    /// "Georgia" alone does not make an article about the country Georgia, "Georgian" or "Tbilisi" does.
    /// </summary>
    public bool IsStatedOtherwise(string country, string surface)
    {
        foreach (var (named, name) in _statedAs)
            if (string.Equals(named, country, StringComparison.Ordinal) && !string.Equals(name, surface, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>First-level divisions the article names unambiguously: they break ties between places.</summary>
    public HashSet<string> Admin1s { get; }

    /// <summary>The first-level divisions the article names itself, before any place is resolved.</summary>
    public IReadOnlySet<string> NamedAdmin1s { get; }

    /// <summary>The first-level division most of the article's placed names lie in, while the second look weighs a name against them.</summary>
    public string? HomeAdmin1 { get; set; }

    /// <summary>Names already resolved to a place in this article, case aside: one sense per article.</summary>
    public Dictionary<string, GazetteerEntry> Resolved { get; }

    /// <summary>The candidate each resolved name was first placed at, in text order.</summary>
    public List<Candidate> FirstPlaced { get; }

    /// <summary>Where the article's place names, taken together, can point.</summary>
    public required PlaceCoherence Coherence { get; init; }

    /// <summary>Words seen as parts of people's names ("Jones" of "Sarah Jones"), not places, later in the article too.</summary>
    public HashSet<string> PersonNameParts { get; }

    /// <summary>Surnames of the people named so far, for later mentions by surname alone.</summary>
    public Dictionary<string, Person> Surnames { get; }

    /// <summary>People the article names, in order of first mention.</summary>
    public IReadOnlyList<Person> NamedPeople => _people;

    /// <summary>The form surnames are matched in: lower case without diacritics ("Orban" is "Orbán").</summary>
    public static string SurnameKey(string word) => Text.DiacriticFolding.Fold(Text.Tokenization.Tokenizer.Normalize(word));

    public void Remember(Person person)
    {
        if (_people.Contains(person)) return;
        _people.Add(person);
        var parts = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2) Surnames.TryAdd(SurnameKey(parts[^1]), person);
        foreach (var position in person.Positions)
        {
            if (!position.IsNominal) Countries.Add(position.Iso3);
        }
    }
}
