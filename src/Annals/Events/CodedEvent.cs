using Annals.Text;
using Annals.Understanding.Times;

namespace Annals.Events;

/// <summary>One event coded from one sentence: who did what to whom, where and when, and why the coder thinks so.</summary>
/// <remarks>Immutable. <see cref="Range"/> is the stretch of text the pattern matched; <see cref="Evidence"/> the whole sentence.</remarks>
public sealed record CodedEvent
{
    /// <summary>CAMEO event code, e.g. "042".</summary>
    public required string Code { get; init; }

    /// <summary>Two-digit CAMEO root, e.g. "04".</summary>
    public string Root => Code[..2];

    /// <summary>The codebook's label for <see cref="Code"/>.</summary>
    public required string Label { get; init; }

    /// <summary>GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public required int QuadClass { get; init; }

    /// <summary>Goldstein score of the code, −10 to +10.</summary>
    public required double Goldstein { get; init; }

    /// <summary>Whether the event is reported as having happened.</summary>
    public required Modality Modality { get; init; }

    /// <summary>Who acted.</summary>
    public required EventActor Source { get; init; }

    /// <summary>Who was acted upon, when anyone was.</summary>
    public EventActor? Target { get; init; }

    /// <summary>Where it happened, when the text says.</summary>
    public EventLocation? Location { get; init; }

    /// <summary>When it happened, as precisely as the text allows.</summary>
    public required EventDate Date { get; init; }

    /// <summary>Index of the sentence the event was coded from.</summary>
    public required int Sentence { get; init; }

    /// <summary>The matched stretch of text.</summary>
    public required TextRange Range { get; init; }

    /// <summary>The sentence, as evidence.</summary>
    public required string Evidence { get; init; }

    /// <summary>The dictionary pattern that produced the event, so a user can see why.</summary>
    public required string Pattern { get; init; }
}
