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
    /// <summary>For titles: the office's role (head_of_state, head_of_government, leader, office).</summary>
    public string? Role { get; init; }

    /// <summary>For places and second-level divisions: the first-level division holding it.</summary>
    public string? Admin1 { get; init; }

    /// <summary>For places: the second-level division holding it; for second-level divisions, their own id.</summary>
    public string? Admin2 { get; init; }

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
