using NodaTime;

namespace Annals.Knowledge;

/// <summary>One trip abroad of a person, from the knowledge base's sourced travel log (<c>travel.tsv</c>).</summary>
/// <remarks>Immutable. <see cref="Iso3"/> is the state the place belongs to in international law, occupied or not.</remarks>
public sealed record Trip
{
    /// <summary>The traveller's id, shared with <see cref="Person.Id"/>.</summary>
    public required string PersonId { get; init; }

    /// <summary>The host state (ISO alpha-3) in international law.</summary>
    public required string Iso3 { get; init; }

    /// <summary>The first day abroad.</summary>
    public required LocalDate Start { get; init; }

    /// <summary>The last day abroad (equal to <see cref="Start"/> for a day trip).</summary>
    public required LocalDate End { get; init; }

    /// <summary>Cities and regions visited.</summary>
    public required IReadOnlyList<string> Places { get; init; }

    /// <summary>Why the traveller went, e.g. "CIS summit".</summary>
    public required string Occasion { get; init; }

    /// <summary>Source URLs or ids, <c>|</c>-separated.</summary>
    public required string Source { get; init; }

    /// <summary>How sure the row is: checked, reported-day, announced-days, unverified-days, ...</summary>
    public required string Confidence { get; init; }

    /// <summary>False when the days (not the trip) rest on memory rather than the cited page.</summary>
    public bool IsVerified => !Confidence.StartsWith("unverified", StringComparison.Ordinal);
}
