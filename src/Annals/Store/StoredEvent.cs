using Annals.Events;
using Annals.Understanding.Times;
using NodaTime;

namespace Annals.Store;

/// <summary>One happening as stored: the first report's coding, and GDELT's counts over every report of it.</summary>
/// <remarks>Immutable. <see cref="Id"/> is stable: a hash of the happening's key, the same in every store that holds it.</remarks>
public sealed record StoredEvent
{
    /// <summary>Stable id (positive 63-bit), usable as GDELT's GlobalEventID.</summary>
    public required long Id { get; init; }

    /// <summary>CAMEO event code.</summary>
    public required string Code { get; init; }

    /// <summary>Two-digit CAMEO root.</summary>
    public string Root => Code[..2];

    /// <summary>The codebook's label.</summary>
    public required string Label { get; init; }

    /// <summary>GDELT quad class.</summary>
    public required int QuadClass { get; init; }

    /// <summary>Goldstein score.</summary>
    public required double Goldstein { get; init; }

    /// <summary>Modality (part of the happening's key).</summary>
    public required Modality Modality { get; init; }

    /// <summary>Who acted.</summary>
    public required StoredActor Source { get; init; }

    /// <summary>Who was acted upon.</summary>
    public StoredActor? Target { get; init; }

    /// <summary>Where, as first reported.</summary>
    public EventLocation? Location { get; init; }

    /// <summary>When, as first reported.</summary>
    public required EventDate Date { get; init; }

    /// <summary>The first report's sentence index.</summary>
    public required int Sentence { get; init; }

    /// <summary>The first report's matched text start (UTF-16 offset into its article's text).</summary>
    public required int Start { get; init; }

    /// <summary>The first report's matched text end (exclusive).</summary>
    public required int End { get; init; }

    /// <summary>The first report's sentence.</summary>
    public required string Evidence { get; init; }

    /// <summary>The pattern that coded the first report.</summary>
    public required string Pattern { get; init; }

    /// <summary>Ids of the articles that report the event, first report first.</summary>
    public required IReadOnlyList<string> Articles { get; init; }

    /// <summary>The first report's URL, else its input name.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Publication date of the first report, when known.</summary>
    public LocalDate? Published { get; init; }

    /// <summary>Reports of the event (sentences) over all articles.</summary>
    public required int NumMentions { get; init; }

    /// <summary>Distinct outlets that report it.</summary>
    public required int NumSources { get; init; }

    /// <summary>Distinct articles that report it.</summary>
    public required int NumArticles { get; init; }

    /// <summary>Average lexicon tone of the articles that report it.</summary>
    public required double AvgTone { get; init; }

    /// <summary>When the event was first stored.</summary>
    public required Instant FirstSeen { get; init; }

    /// <summary>When a report of it was last stored.</summary>
    public required Instant LastSeen { get; init; }
}
