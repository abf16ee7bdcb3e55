using Annals.Knowledge;
using NodaTime;

namespace Annals.Answers.Trips;

/// <summary>One trip abroad of a person, from the travel log, the stored events, or both, with the host's standing that day.</summary>
/// <remarks>Immutable. <see cref="Country"/> is the state the place belongs to in international law.</remarks>
public sealed record PersonTrip
{
    /// <summary>The traveller's knowledge-base id.</summary>
    public required string PersonId { get; init; }

    /// <summary>The host state (ISO alpha-3).</summary>
    public required string Country { get; init; }

    /// <summary>The first day abroad.</summary>
    public required LocalDate Start { get; init; }

    /// <summary>The last day abroad.</summary>
    public required LocalDate End { get; init; }

    /// <summary>Cities and regions visited.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Ids of the stored articles that report the trip.</summary>
    public IReadOnlyList<string> Articles { get; init; } = [];

    /// <summary>Ids of the stored events (visits) that make up the trip.</summary>
    public IReadOnlyList<long> EventIds { get; init; } = [];

    /// <summary>The travel log's sources (URLs), empty when only stored articles report the trip.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The travel log's occasion, when it has the trip.</summary>
    public string? Occasion { get; init; }

    /// <summary>The travel log's confidence, when it has the trip.</summary>
    public string? Confidence { get; init; }

    /// <summary>The occupation the visited place was under that day, if any.</summary>
    public Occupation? Occupation { get; init; }

    /// <summary>Whether the host was a Rome Statute State Party on <see cref="Start"/>.</summary>
    public bool RomeStatuteParty { get; init; }

    /// <summary>The traveller's ICC arrest warrants in force on <see cref="Start"/>.</summary>
    public IReadOnlyList<Warrant> Warrants { get; init; } = [];

    /// <summary>Under a warrant in force, in a State Party, and not on territory the traveller's own state occupies.</summary>
    public bool BoundToArrest { get; init; }

    /// <summary>True when the place was occupied by the traveller's own state: not abroad for first-since claims unless asked.</summary>
    public bool InOwnStatesOccupation { get; init; }

    /// <summary>True when the trip was occupied territory.</summary>
    public bool Occupied => Occupation is not null;

    /// <summary>True when the travel log has the trip.</summary>
    public bool InTravelLog => Sources.Count > 0;

    /// <summary>A short label for messages: "KGZ 2023-10-12..2023-10-13 (Bishkek, Kant)".</summary>
    public string Label
    {
        get
        {
            var days = Start == End ? Iso(Start) : $"{Iso(Start)}..{Iso(End)}";
            return Places.Count == 0 ? $"{Country} {days}" : $"{Country} {days} ({string.Join(", ", Places)})";
        }
    }

    private static string Iso(LocalDate d) => NodaTime.Text.LocalDatePattern.Iso.Format(d);
}
