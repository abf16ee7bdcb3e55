using NodaTime;

namespace Annals.Knowledge;

/// <summary>One term of office (<c>leaders.tsv</c>).</summary>
/// <remarks>Immutable. Terms are half-open: held on D when <c>Since &lt;= D &lt; Until</c>; <see cref="Until"/> is the successor's first day.</remarks>
public sealed record Position
{
    /// <summary>The holder's <see cref="Person.Id"/>.</summary>
    public required string PersonId { get; init; }

    /// <summary>The state (ISO alpha-3).</summary>
    public required string Iso3 { get; init; }

    /// <summary>Head of state or of government.</summary>
    public required LeaderRole Role { get; init; }

    /// <summary>The title as used at the time ("President", "Chairman of the Cabinet of Ministers").</summary>
    public required string Office { get; init; }

    /// <summary>First day in office; null if unknown.</summary>
    public LocalDate? Since { get; init; }

    /// <summary>First day out of office (exclusive); null while in office.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>Acting, interim or caretaker holder.</summary>
    public required bool Acting { get; init; }

    /// <summary>A de facto ruler shown beside a recognised holder.</summary>
    public required bool DeFacto { get; init; }

    /// <summary><c>checked</c> or <c>from-memory</c>.</summary>
    public required string Confidence { get; init; }

    /// <summary>Short remarks from the compiler (rival governments, suspensions).</summary>
    public string? Notes { get; init; }

    /// <summary>
    /// Held in name only: exercised through a governor-general or ex officio by virtue of an office in another state
    /// (the British monarch in the other Commonwealth realms, the French president as co-prince of Andorra). Read
    /// from the row's notes when loaded.
    /// </summary>
    public bool IsNominal { get; init; }

    /// <summary>Source URLs or ids, <c>|</c>-separated.</summary>
    public required string Source { get; init; }

    /// <summary>True when the term covers <paramref name="date"/>.</summary>
    public bool IsHeldOn(LocalDate date) => (Since is not { } s || s <= date) && (Until is not { } u || date < u);
}
