using Annals.Events;
using NodaTime;

namespace Annals.Store;

/// <summary>Filters for stored events; every filter left null matches all.</summary>
/// <remarks>Immutable.</remarks>
public sealed record EventQuery
{
    /// <summary>Everything stored, of every modality.</summary>
    public static EventQuery All { get; } = new();

    /// <summary>Source or target: a knowledge-base id, a canonical name (case-insensitive), or a CAMEO actor code or its prefix (RUS matches RUSGOV).</summary>
    public string? Actor { get; init; }

    /// <summary>Source or target country (ISO alpha-3).</summary>
    public string? Country { get; init; }

    /// <summary>CAMEO code, or a prefix of it (04 matches 042).</summary>
    public string? Code { get; init; }

    /// <summary>CAMEO root (two digits).</summary>
    public string? Root { get; init; }

    /// <summary>Events whose date may fall on or after this day.</summary>
    public LocalDate? From { get; init; }

    /// <summary>Events whose date may fall on or before this day.</summary>
    public LocalDate? To { get; init; }

    /// <summary>Only this modality; null for all.</summary>
    public Modality? Modality { get; init; }

    /// <summary>At most this many events.</summary>
    public int? Limit { get; init; }
}
