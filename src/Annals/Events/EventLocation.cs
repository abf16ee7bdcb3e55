namespace Annals.Events;

/// <summary>Where an event took place.</summary>
/// <remarks>Immutable.</remarks>
public sealed record EventLocation(string Name, string? Country, double? Lat, double? Lon)
{
    /// <summary>Knowledge-base id of the place or state.</summary>
    public string? Id { get; init; }
}
