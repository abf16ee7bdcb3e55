namespace Annals.Knowledge;

/// <summary>A populated place from GeoNames (<c>places.tsv</c>).</summary>
/// <remarks>Immutable. Data © GeoNames (geonames.org), CC BY 4.0.</remarks>
public sealed record Place
{
    /// <summary><c>geonames:&lt;geonameid&gt;</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Alternative names (rarely filled).</summary>
    public required IReadOnlyList<string> AltNames { get; init; }

    /// <summary>Country (iso3).</summary>
    public required string Iso3 { get; init; }

    /// <summary>First-level administrative division's name.</summary>
    public string? Admin1 { get; init; }

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
