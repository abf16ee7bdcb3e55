namespace Annals.Store;

/// <summary>The source or target of a stored event, as first reported.</summary>
/// <remarks>Immutable.</remarks>
public sealed record StoredActor
{
    /// <summary>The mention as first written.</summary>
    public required string Text { get; init; }

    /// <summary>Knowledge-base id, when linked.</summary>
    public string? Id { get; init; }

    /// <summary>Canonical name.</summary>
    public string? Name { get; init; }

    /// <summary>CAMEO actor code.</summary>
    public string? Actor { get; init; }

    /// <summary>ISO alpha-3 country.</summary>
    public string? Country { get; init; }
}
