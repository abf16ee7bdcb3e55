using System.Collections.Frozen;
using NodaTime;

namespace Annals.Knowledge;

/// <summary>The temporal knowledge base: states, Rome Statute standing, leaders, organisations, ICC warrants and places, queried on any date.</summary>
/// <remarks>
/// Immutable and thread-safe once loaded; load once and share. All date queries are half-open:
/// a term or membership holds on D when <c>since &lt;= D &lt; until</c>. Lookups by name ignore case,
/// diacritics, dots and a leading "the".
/// </remarks>
public sealed class KnowledgeBase
{
    private readonly FrozenDictionary<string, State> _statesByKey;
    private readonly FrozenDictionary<string, RomeStatuteRow> _romeStatute;
    private readonly FrozenDictionary<string, Person> _peopleById;
    private readonly FrozenDictionary<string, Person> _peopleByKey;
    private readonly FrozenDictionary<string, Position[]> _positionsByState;
    private readonly FrozenDictionary<string, Organization> _orgsByKey;
    private readonly FrozenDictionary<string, Membership[]> _membershipsByState;
    private readonly FrozenDictionary<string, Membership[]> _membershipsByOrg;
    private readonly FrozenDictionary<string, Warrant[]> _warrantsByPerson;
    private readonly FrozenDictionary<string, Trip[]> _tripsByPerson;
    // The place and division name indexes cost more to build than the rest of the knowledge base together, and
    // most callers (the gazetteer) walk the lists instead: built on the first lookup.
    private readonly Lazy<(IReadOnlyList<Place> Places, IReadOnlyList<AdminDivision> AdminDivisions)> _geoNames;
    private readonly Lazy<VillageTable> _villages;
    private readonly Lazy<Dictionary<string, Place[]>> _placesByKey;
    private readonly Lazy<Dictionary<string, AdminDivision[]>> _adminsByKey;
    private readonly Lazy<Dictionary<string, AdminDivision>> _adminsById;

    private KnowledgeBase(LoadedData data)
    {
        VersionId = data.VersionId;
        AsOf = data.AsOf;
        Sources = data.Sources.ToFrozenDictionary(StringComparer.Ordinal);
        States = data.States;
        People = data.People;
        Organizations = data.Organizations;
        Memberships = data.Memberships;
        Warrants = data.Warrants;
        _geoNames = data.GeoNames;
        _villages = data.Villages;
        Regions = data.Regions;
        _statesByKey = data.StatesByKey.ToFrozenDictionary(StringComparer.Ordinal);
        _romeStatute = data.RomeStatute.ToFrozenDictionary(StringComparer.Ordinal);
        _peopleById = data.People.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        _peopleByKey = data.PeopleByKey.ToFrozenDictionary(StringComparer.Ordinal);
        _positionsByState = data.People.SelectMany(p => p.Positions).GroupBy(p => p.Iso3)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _orgsByKey = data.OrgsByKey.ToFrozenDictionary(StringComparer.Ordinal);
        _membershipsByState = data.Memberships.Where(m => m.Iso3.Length > 0).GroupBy(m => m.Iso3)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _membershipsByOrg = data.Memberships.GroupBy(m => m.OrgId)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _warrantsByPerson = data.Warrants.GroupBy(w => w.PersonId)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _tripsByPerson = data.Trips.GroupBy(t => t.PersonId)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(t => t.Start).ThenBy(t => t.Iso3, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        Occupations = data.Occupations;
        _placesByKey = new(() => IndexByName(Places, p => p.Name, p => p.AltNames, ps => ps.OrderByDescending(p => p.Population)));
        _adminsByKey = new(() => IndexByName(AdminDivisions, a => a.Name, a => a.AltNames,
            ds => ds.OrderBy(a => a.Level).ThenByDescending(a => a.Population ?? 0)));
        _adminsById = new(() => AdminDivisions.ToDictionary(a => a.Id, StringComparer.Ordinal));
    }

    /// <summary>The data set's version, from its <see cref="IKnowledgeSource"/>.</summary>
    public string VersionId { get; }

    /// <summary>The date the knowledge base's facts were last brought up to date (<c>meta.tsv</c> <c>as_of</c>).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Sources by id.</summary>
    public IReadOnlyDictionary<string, SourceRef> Sources { get; }

    /// <summary>All states and territories, by iso3.</summary>
    public IReadOnlyList<State> States { get; }

    /// <summary>Everyone known: leaders and ICC suspects.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>All organisations.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>All membership rows.</summary>
    public IReadOnlyList<Membership> Memberships { get; }

    /// <summary>All ICC warrants, summonses and public applications.</summary>
    public IReadOnlyList<Warrant> Warrants { get; }

    /// <summary>Every populated place of GeoNames cities1000 (about 135,000) and every capital (GeoNames, CC BY 4.0).</summary>
    /// <remarks>Read from the source on first use (a few hundred milliseconds), with <see cref="AdminDivisions"/>.</remarks>
    /// <exception cref="KnowledgeDataException">The places or divisions file is missing or malformed.</exception>
    public IReadOnlyList<Place> Places => _geoNames.Value.Places;

    /// <summary>First- and second-level administrative divisions: regions, provinces, states, US counties (GeoNames, CC BY 4.0).</summary>
    /// <remarks>Read from the source on first use, with <see cref="Places"/>.</remarks>
    /// <exception cref="KnowledgeDataException">The places or divisions file is missing or malformed.</exception>
    public IReadOnlyList<AdminDivision> AdminDivisions => _geoNames.Value.AdminDivisions;

    /// <summary>The villages of GeoNames cities500 below cities1000, not among <see cref="Places"/>: read from the source on first use.</summary>
    internal VillageTable Villages => _villages.Value;

    /// <summary>World regions news names (Central Asia, the Middle East) and the states they cover.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>Territories held by a state other than the one they belong to in international law.</summary>
    public IReadOnlyList<Occupation> Occupations { get; }

    /// <summary>The travel log's trips of a person, oldest first.</summary>
    public IReadOnlyList<Trip> TripsOf(string personId)
    {
        ArgumentNullException.ThrowIfNull(personId);
        return _tripsByPerson.TryGetValue(personId, out var trips) ? trips : [];
    }

    /// <summary>The occupation of <paramref name="iso3"/>'s territory that covers one of <paramref name="places"/> on <paramref name="date"/>, if any.</summary>
    public Occupation? OccupationOf(string iso3, IEnumerable<string> places, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(iso3);
        ArgumentNullException.ThrowIfNull(places);
        var names = places.ToList();
        return Occupations.FirstOrDefault(o => o.Iso3 == iso3 && o.IsInForceOn(date) && names.Any(o.Covers));
    }

    /// <summary>The occupation covering a place named <paramref name="place"/> on <paramref name="date"/>, whatever state the name was resolved to.</summary>
    public Occupation? OccupationCovering(string place, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(place);
        return Occupations.FirstOrDefault(o => o.IsInForceOn(date) && o.Covers(place));
    }

    /// <summary>Loads every file of <paramref name="source"/>; the GeoNames places and divisions are read on first use of <see cref="Places"/>, <see cref="AdminDivisions"/> or a lookup.</summary>
    /// <exception cref="KnowledgeDataException">A file is missing or malformed, or rows refer to unknown states.</exception>
    public static KnowledgeBase Load(IKnowledgeSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new KnowledgeBase(KnowledgeLoader.Load(source));
    }

    /// <summary>Loads the knowledge base embedded in the Annals assembly.</summary>
    public static KnowledgeBase LoadEmbedded() => Load(new EmbeddedKnowledgeSource());

    /// <summary>Finds a state by ISO alpha-2 or alpha-3 code, CAMEO code, name or alias, ignoring case.</summary>
    public State? FindState(string codeOrName)
    {
        ArgumentNullException.ThrowIfNull(codeOrName);
        return _statesByKey.GetValueOrDefault(NameKey.Of(codeOrName));
    }

    /// <summary>The state's Rome Statute standing on <paramref name="date"/>; states absent from the table are non-signatories.</summary>
    public RomeStatuteStatus RomeStatuteOn(string iso3, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(iso3);
        var key = iso3.ToUpperInvariant();
        if (!_romeStatute.TryGetValue(key, out var row))
        {
            return new RomeStatuteStatus
            {
                Iso3 = key, On = date, Status = RomeStatuteState.NonSignatory, Confidence = "derived",
                Source = "S-UNTC",
            };
        }

        RomeStatuteState status;
        if (row.InForce is { } inForce && inForce <= date && (row.WithdrawalEffective is not { } w || date < w))
        {
            status = RomeStatuteState.Party;
        }
        else if (row.InForce is { } f && f <= date && row.WithdrawalEffective is { } effective && effective <= date)
        {
            status = RomeStatuteState.Withdrawn;
        }
        else if (row.Signed is { } signed && signed <= date)
        {
            status = RomeStatuteState.Signatory;
        }
        else
        {
            status = RomeStatuteState.NonSignatory;
        }

        return new RomeStatuteStatus
        {
            Iso3 = row.Iso3, On = date, Status = status, Signed = row.Signed, Ratified = row.Ratified, InForce = row.InForce,
            WithdrawalNotified = row.WithdrawalNotified, WithdrawalEffective = row.WithdrawalEffective,
            SignatureWithdrawn = row.SignatureWithdrawn, Confidence = row.Confidence, Source = row.Source,
        };
    }

    /// <summary>Finds a person by id, name or alias.</summary>
    public Person? FindPerson(string nameOrAlias)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        return _peopleById.GetValueOrDefault(nameOrAlias) ?? _peopleByKey.GetValueOrDefault(NameKey.Of(nameOrAlias));
    }

    /// <summary>Gets a person by <see cref="Person.Id"/>.</summary>
    public Person? GetPerson(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _peopleById.GetValueOrDefault(id);
    }

    /// <summary>The head of state on <paramref name="date"/>: the recognised holder where a de facto ruler overlaps, else the latest to take office.</summary>
    public Person? HeadOfStateOn(string iso3, LocalDate date) => FirstHolder(iso3, LeaderRole.HeadOfState, date);

    /// <summary>The head of government on <paramref name="date"/> (see <see cref="HeadOfStateOn"/> for overlaps).</summary>
    public Person? HeadOfGovernmentOn(string iso3, LocalDate date) => FirstHolder(iso3, LeaderRole.HeadOfGovernment, date);

    /// <summary>Every head-of-state term held on <paramref name="date"/> (co-princes, presidency members, rival authorities), preferred first.</summary>
    public IReadOnlyList<Position> HeadsOfStateOn(string iso3, LocalDate date) => Holders(iso3, LeaderRole.HeadOfState, date);

    /// <summary>Every head-of-government term held on <paramref name="date"/>, preferred first.</summary>
    public IReadOnlyList<Position> HeadsOfGovernmentOn(string iso3, LocalDate date) => Holders(iso3, LeaderRole.HeadOfGovernment, date);

    /// <summary>The positions the person held on <paramref name="date"/>.</summary>
    public IReadOnlyList<Position> PositionsOn(string personId, LocalDate date)
    {
        var person = GetPerson(personId);
        return person is null ? [] : person.Positions.Where(p => p.IsHeldOn(date)).ToArray();
    }

    /// <summary>Finds an organisation by id, name or alias.</summary>
    public Organization? FindOrganization(string idNameOrAlias)
    {
        ArgumentNullException.ThrowIfNull(idNameOrAlias);
        return _orgsByKey.GetValueOrDefault(NameKey.Of(idNameOrAlias));
    }

    /// <summary>The state's membership rows active on <paramref name="date"/> (any status; see <see cref="Membership.IsMember"/>).</summary>
    /// <remarks>A row with an unknown start counts as active unless its end date has passed.</remarks>
    public IReadOnlyList<Membership> MembershipsOn(string iso3, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(iso3);
        return _membershipsByState.TryGetValue(iso3.ToUpperInvariant(), out var rows)
            ? rows.Where(m => m.IsActiveOn(date)).ToArray()
            : [];
    }

    /// <summary>The organisation's membership rows active on <paramref name="date"/>; <paramref name="orgId"/> may be a name or alias.</summary>
    public IReadOnlyList<Membership> MembersOn(string orgId, LocalDate date)
    {
        var org = FindOrganization(orgId);
        return org is not null && _membershipsByOrg.TryGetValue(org.Id, out var rows)
            ? rows.Where(m => m.IsActiveOn(date)).ToArray()
            : [];
    }

    /// <summary>The person's ICC warrants, summonses and applications.</summary>
    public IReadOnlyList<Warrant> WarrantsFor(string personId)
    {
        ArgumentNullException.ThrowIfNull(personId);
        return _warrantsByPerson.TryGetValue(personId, out var rows) ? rows : [];
    }

    /// <summary>Arrest warrants issued on or before <paramref name="date"/> and not yet ended by arrest, surrender, death or withdrawal.</summary>
    public IReadOnlyList<Warrant> WarrantsInForceOn(LocalDate date) => Warrants.Where(w => w.IsInForceOn(date)).ToArray();

    /// <summary>Places with this name or alternative name, most populous first.</summary>
    public IReadOnlyList<Place> FindPlaces(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _placesByKey.Value.TryGetValue(NameKey.Of(name), out var places) ? places : [];
    }

    /// <summary>Administrative divisions with this name or alternative name, first level first, then most populous.</summary>
    public IReadOnlyList<AdminDivision> FindAdminDivisions(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _adminsByKey.Value.TryGetValue(NameKey.Of(name), out var divisions) ? divisions : [];
    }

    /// <summary>Gets an administrative division by <see cref="AdminDivision.Id"/> (e.g. <c>geonames-admin:US.LA</c>).</summary>
    public AdminDivision? GetAdminDivision(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _adminsById.Value.GetValueOrDefault(id);
    }

    /// <summary>Turns a row's source cell (ids or URLs, <c>|</c>-separated) into URLs; ids without an address (S-MEM) stay as ids.</summary>
    public IReadOnlyList<string> ResolveSources(string sourceCell)
    {
        ArgumentNullException.ThrowIfNull(sourceCell);
        return sourceCell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Sources.TryGetValue(s, out var source) && source.Url is { Length: > 0 } url ? url : s)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>A row's sources as one line for readers: the URLs (or ids) joined with " | ".</summary>
    public string SourceLine(string sourceCell) => string.Join(" | ", ResolveSources(sourceCell));

    private static Dictionary<string, T[]> IndexByName<T>(
        IReadOnlyList<T> items, Func<T, string> name, Func<T, IReadOnlyList<string>> altNames, Func<IEnumerable<T>, IEnumerable<T>> order)
        where T : class
    {
        var lists = new Dictionary<string, List<T>>(items.Count, StringComparer.Ordinal);
        void Add(string key, T item)
        {
            if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
            if (list.Count == 0 || !ReferenceEquals(list[^1], item)) list.Add(item);
        }

        foreach (var item in items)
        {
            Add(NameKey.Of(name(item)), item);
            foreach (var alt in altNames(item)) Add(NameKey.Of(alt), item);
        }

        var result = new Dictionary<string, T[]>(lists.Count, StringComparer.Ordinal);
        foreach (var (key, list) in lists) result[key] = list.Count == 1 ? [list[0]] : order(list.Distinct()).ToArray();
        return result;
    }

    private Person? FirstHolder(string iso3, LeaderRole role, LocalDate date)
    {
        var holders = Holders(iso3, role, date);
        return holders.Count == 0 ? null : _peopleById[holders[0].PersonId];
    }

    private IReadOnlyList<Position> Holders(string iso3, LeaderRole role, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(iso3);
        if (!_positionsByState.TryGetValue(iso3.ToUpperInvariant(), out var positions))
        {
            return [];
        }

        // The compilers' rule for overlaps: the recognised holder first, then the later start.
        return positions.Where(p => p.Role == role && p.IsHeldOn(date))
            .OrderBy(p => p.DeFacto)
            .ThenByDescending(p => p.Since ?? LocalDate.MinIsoValue)
            .ToArray();
    }
}
