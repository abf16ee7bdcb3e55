namespace Annals.Knowledge;

/// <summary>A state or territory (<c>states.tsv</c>).</summary>
/// <remarks>Immutable.</remarks>
public sealed record State
{
    /// <summary>ISO 3166-1 alpha-3; Kosovo is <c>XKX</c> and de facto states without ISO codes use Annals-assigned <c>X..</c> codes.</summary>
    public required string Iso3 { get; init; }

    /// <summary>ISO 3166-1 alpha-2, or null where ISO assigns none.</summary>
    public string? Iso2 { get; init; }

    /// <summary>The CAMEO country code (Romania <c>ROM</c>, Puerto Rico <c>USAPRI</c>); equals <see cref="Iso3"/> where the same.</summary>
    public required string CameoCode { get; init; }

    /// <summary>The common English name.</summary>
    public required string Name { get; init; }

    /// <summary>The official name.</summary>
    public required string OfficialName { get; init; }

    /// <summary>Other names used in news.</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>Adjectives ("Kyrgyz", "Kyrgyzstani").</summary>
    public required IReadOnlyList<string> Adjectives { get; init; }

    /// <summary>Plural nouns for the people ("Russians"); empty where not curated.</summary>
    public required IReadOnlyList<string> Demonyms { get; init; }

    /// <summary>The capital's name, if any.</summary>
    public string? Capital { get; init; }

    /// <summary>The capital's latitude.</summary>
    public double? CapitalLat { get; init; }

    /// <summary>The capital's longitude.</summary>
    public double? CapitalLon { get; init; }

    /// <summary>Non-capital metonyms for the government ("the Kremlin", "Downing Street").</summary>
    public required IReadOnlyList<string> SeatsOfPower { get; init; }

    /// <summary>UN standing.</summary>
    public required StateStatus Status { get; init; }

    /// <summary>For territories, the state it belongs to or (for de facto states) the state that claims it.</summary>
    public string? ParentIso3 { get; init; }

    /// <summary>
    /// The ISO 3166-1 country its land lies in: itself, or for a de facto state ISO assigns no code the state that claims
    /// it (Abkhazia is in Georgia), as GeoNames and GDELT's locations place it. Actor codes keep <see cref="CameoCode"/>.
    /// </summary>
    public string IsoCountry => Iso2 is null && ParentIso3 is { } parent ? parent : Iso3;

    /// <summary><c>checked</c>, <c>names-from-memory</c> (curated names not verified) or <c>from-memory</c>.</summary>
    public required string Confidence { get; init; }

    /// <summary>Source ids or URLs, as in the data file.</summary>
    public required IReadOnlyList<string> Source { get; init; }
}
