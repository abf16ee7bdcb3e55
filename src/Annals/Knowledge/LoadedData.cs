using NodaTime;

namespace Annals.Knowledge;

/// <summary>What <see cref="KnowledgeLoader"/> hands to <see cref="KnowledgeBase"/>'s constructor.</summary>
internal sealed class LoadedData
{
    internal required string VersionId { get; init; }

    internal required LocalDate AsOf { get; init; }

    internal required Dictionary<string, SourceRef> Sources { get; init; }

    internal required IReadOnlyList<State> States { get; init; }

    internal required Dictionary<string, State> StatesByKey { get; init; }

    internal required Dictionary<string, RomeStatuteRow> RomeStatute { get; init; }

    internal required IReadOnlyList<Person> People { get; init; }

    internal required Dictionary<string, Person> PeopleByKey { get; init; }

    internal required IReadOnlyList<Organization> Organizations { get; init; }

    internal required Dictionary<string, Organization> OrgsByKey { get; init; }

    internal required IReadOnlyList<Membership> Memberships { get; init; }

    internal required IReadOnlyList<Warrant> Warrants { get; init; }

    /// <summary>Places and administrative divisions, read on first use.</summary>
    internal required Lazy<(IReadOnlyList<Place> Places, IReadOnlyList<AdminDivision> AdminDivisions)> GeoNames { get; init; }

    /// <summary>Villages below cities1000, read on first use.</summary>
    internal required Lazy<VillageTable> Villages { get; init; }

    internal required IReadOnlyList<Region> Regions { get; init; }

    internal IReadOnlyList<Trip> Trips { get; init; } = [];

    internal IReadOnlyList<Occupation> Occupations { get; init; } = [];
}
