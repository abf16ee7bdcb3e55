using Annals.Text;

namespace Annals.Events;

/// <summary>The source or target of a coded event: the mention it came from and the actor it stands for.</summary>
/// <remarks>Immutable.</remarks>
public sealed record EventActor
{
    /// <summary>The mention as written.</summary>
    public required string Text { get; init; }

    /// <summary>Where the mention is.</summary>
    public required TextRange Range { get; init; }

    /// <summary>Knowledge-base id, when linked.</summary>
    public string? Id { get; init; }

    /// <summary>Canonical name.</summary>
    public string? Name { get; init; }

    /// <summary>CAMEO actor code (RUSGOV, KGZ, IGO ...).</summary>
    public string? Actor { get; init; }

    /// <summary>ISO alpha-3 country of the actor.</summary>
    public string? Country { get; init; }
}
