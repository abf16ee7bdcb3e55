namespace Annals.Knowledge;

/// <summary>An intergovernmental organisation (<c>organizations.tsv</c>).</summary>
/// <remarks>Immutable.</remarks>
public sealed record Organization
{
    /// <summary>Short id, e.g. <c>CSTO</c>, <c>LAS</c> (Arab League).</summary>
    public required string Id { get; init; }

    /// <summary>English name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names and spellings.</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>CAMEO actor code (<c>IGOUNO</c>), or plain <c>IGO</c> where CAMEO defines none.</summary>
    public required string CameoCode { get; init; }

    /// <summary>The state sources describe it as led by (iso3), or null.</summary>
    public string? LedBy { get; init; }

    /// <summary>Source of <see cref="LedBy"/>.</summary>
    public string? LedBySource { get; init; }

    /// <summary>Source ids.</summary>
    public required string Source { get; init; }
}
