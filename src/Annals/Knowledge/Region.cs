namespace Annals.Knowledge;

/// <summary>A world region that news names, and the states it covers.</summary>
/// <remarks>Immutable. <see cref="Lat"/>/<see cref="Lon"/> are the point the source gives (continents), else the mean of the member states' capitals, derived on load.</remarks>
public sealed record Region
{
    /// <summary>Id, e.g. <c>region:central-asia</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The region's name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names.</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>ISO alpha-3 codes of the states it covers.</summary>
    public required IReadOnlyList<string> States { get; init; }

    /// <summary>Latitude: the source's point, else the member capitals' mean.</summary>
    public double? Lat { get; init; }

    /// <summary>Longitude: the source's point, else the member capitals' mean.</summary>
    public double? Lon { get; init; }

    /// <summary>Where the region's extent comes from.</summary>
    public required string Source { get; init; }
}
