using NodaTime;

namespace Annals.Knowledge;

/// <summary>A person the knowledge base knows: a leader, an ICC suspect, or both.</summary>
/// <remarks>Immutable.</remarks>
public sealed record Person
{
    /// <summary>Stable slug, e.g. <c>vladimir-putin</c>; clashes carry the state (<c>albert-ii-mco</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The usual English news spelling.</summary>
    public required string Name { get; init; }

    /// <summary>Other spellings and full names (never the surname alone).</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>Terms of office, oldest first.</summary>
    public required IReadOnlyList<Position> Positions { get; init; }

    /// <summary>Distinct sources of the person's rows.</summary>
    public required IReadOnlyList<string> Source { get; init; }

    /// <summary>
    /// The office that says which state the person acts for: on <paramref name="date"/> when given and one is held then
    /// (else the latest), preferring <paramref name="state"/> when the text names it, then an office held in person over
    /// one held in name only (<see cref="Position.IsNominal"/>); null for someone who never held office.
    /// </summary>
    public Position? PrincipalPosition(LocalDate? date = null, string? state = null)
    {
        Position? best = null;
        var bestHeld = false;
        foreach (var p in Positions)
        {
            var held = date is { } d && p.IsHeldOn(d);
            if (best is null || Better(p, held, best, bestHeld, state))
            {
                best = p;
                bestHeld = held;
            }
        }
        return best;
    }

    // Held that day first, then the state the text names, then an office held in person, then the latest.
    private static bool Better(Position p, bool held, Position best, bool bestHeld, string? state)
    {
        if (held != bestHeld) return held;
        if (state is not null && (p.Iso3 == state) != (best.Iso3 == state)) return p.Iso3 == state;
        if (p.IsNominal != best.IsNominal) return !p.IsNominal;
        return (p.Since ?? LocalDate.MinIsoValue) >= (best.Since ?? LocalDate.MinIsoValue);
    }
}
