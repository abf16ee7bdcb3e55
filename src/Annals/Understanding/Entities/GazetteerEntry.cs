namespace Annals.Understanding.Entities;

/// <summary>One thing a phrase of the gazetteer can name.</summary>
/// <param name="Kind">What kind of phrase it is.</param>
/// <param name="Id">Knowledge-base id (state iso3, person id, organisation id, place id), or the sector/role for groups and titles.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Country">ISO alpha-3 of the country it belongs to, when any.</param>
/// <param name="Actor">CAMEO actor code, or the sector code for groups and titles.</param>
/// <param name="Lat">Latitude, for places.</param>
/// <param name="Lon">Longitude, for places.</param>
/// <param name="Population">Population, for places: the prior when a name is ambiguous.</param>
/// <param name="CaseSensitive">Whether the phrase must match exactly as written (acronyms: ICC, UN).</param>
internal sealed record GazetteerEntry(
    EntryKind Kind,
    string Id,
    string Name,
    string? Country,
    string? Actor,
    double? Lat = null,
    double? Lon = null,
    long Population = 0,
    bool CaseSensitive = false)
{
    // The country and divisions are also held as small integers, fixed when the entry is made: an article's
    // place names are weighed against each other by them (PlaceCoherence), and an integer is cheaper to hash
    // than an id string, hundreds of times per name.
    public string? Country { get; init { field = value; CountryKey = PlaceCoherence.KeyOf(value); } } = Country;

    /// <summary><see cref="Country"/> as a key of <see cref="PlaceCoherence"/>.</summary>
    internal int CountryKey { get; private init; } = PlaceCoherence.KeyOf(Country);

    /// <summary>For titles: the office's role (head_of_state, head_of_government, leader, office).</summary>
    public string? Role { get; init; }

    /// <summary>For places and second-level divisions: the first-level division holding it.</summary>
    public string? Admin1 { get; init { field = value; Admin1Key = PlaceCoherence.KeyOf(value); } }

    /// <summary><see cref="Admin1"/> as a key of <see cref="PlaceCoherence"/>.</summary>
    internal int Admin1Key { get; private init; }

    /// <summary>For places: the second-level division holding it; for second-level divisions, their own id.</summary>
    public string? Admin2 { get; init { field = value; Admin2Key = PlaceCoherence.KeyOf(value); } }

    /// <summary><see cref="Admin2"/> as a key of <see cref="PlaceCoherence"/>.</summary>
    internal int Admin2Key { get; private init; }

    /// <summary>For administrative divisions: 1 (state, province) or 2 (county, district).</summary>
    public int Level { get; init; }

    /// <summary>For places: the GeoNames feature code (PPLC capital, PPLA seat of a first-level division).</summary>
    public string? Feature { get; init; }

    /// <summary>For places: a village below GeoNames cities1000 (<see cref="VillageIndex"/>), a reading only where the article's other places point to it.</summary>
    public bool Small { get; init; }

    /// <summary>The exact surface form, for case-sensitive entries.</summary>
    public string? Surface { get; init; }

    /// <summary>For a user's dictionary actor: the actor, with its codes over time.</summary>
    public UserActor? UserActor { get; init; }
}
