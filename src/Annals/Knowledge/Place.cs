namespace Annals.Knowledge;

/// <summary>A populated place from GeoNames cities1000 (<c>places.tsv.gz</c>).</summary>
/// <remarks>Immutable. Data © GeoNames (geonames.org), CC BY 4.0.</remarks>
public sealed record Place
{
    /// <summary><c>geonames:&lt;geonameid&gt;</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Other spellings in Latin script (rarely filled: GeoNames' other spelling, or the capital's name in <c>states.tsv</c>).</summary>
    public required IReadOnlyList<string> AltNames { get; init; }

    /// <summary>Country (iso3).</summary>
    public required string Iso3 { get; init; }

    /// <summary>First-level administrative division's name (Louisiana, Bavaria), when GeoNames gives one.</summary>
    public string? Admin1 { get; init; }

    /// <summary>The first-level division's <see cref="AdminDivision.Id"/>, when known.</summary>
    public string? Admin1Id { get; init; }

    /// <summary>Second-level administrative division's name (Rapides Parish), when GeoNames gives one.</summary>
    public string? Admin2 { get; init; }

    /// <summary>The second-level division's <see cref="AdminDivision.Id"/>, when known.</summary>
    public string? Admin2Id { get; init; }

    /// <summary>GeoNames feature code (PPLC capital, PPLA …).</summary>
    public string? FeatureCode { get; init; }

    /// <summary>Population (0 if unknown).</summary>
    public required long Population { get; init; }

    /// <summary>Latitude.</summary>
    public required double Lat { get; init; }

    /// <summary>Longitude.</summary>
    public required double Lon { get; init; }

    /// <summary>Source id.</summary>
    public required string Source { get; init; }
}
