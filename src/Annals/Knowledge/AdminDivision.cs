namespace Annals.Knowledge;

/// <summary>A first- or second-level administrative division from GeoNames (<c>admin.tsv.gz</c>): a region, province, state or US county.</summary>
/// <remarks>Immutable. Data © GeoNames (geonames.org), CC BY 4.0.</remarks>
public sealed record AdminDivision
{
    /// <summary><c>geonames-admin:&lt;CC&gt;.&lt;admin1&gt;[.&lt;admin2&gt;]</c>, GeoNames' own division code, e.g. <c>geonames-admin:US.LA.079</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Name as GeoNames gives it (Louisiana, Rapides Parish, Bavaria).</summary>
    public required string Name { get; init; }

    /// <summary>Other names: the name without a generic word such as "County" or "Province" where news drops it.</summary>
    public required IReadOnlyList<string> AltNames { get; init; }

    /// <summary>Country (iso3).</summary>
    public required string Iso3 { get; init; }

    /// <summary>1 for a first-level division, 2 for a second-level one.</summary>
    public required int Level { get; init; }

    /// <summary>For level 2, the <see cref="Id"/> of the first-level division it lies in.</summary>
    public string? ParentId { get; init; }

    /// <summary>Latitude of a representative point (derived from the division's places), when it has any.</summary>
    public double? Lat { get; init; }

    /// <summary>Longitude of a representative point, when it has any.</summary>
    public double? Lon { get; init; }

    /// <summary>Summed population of the division's places of 1,000 or more (a lower bound), when it has any.</summary>
    public long? Population { get; init; }

    /// <summary>Source id.</summary>
    public required string Source { get; init; }
}
