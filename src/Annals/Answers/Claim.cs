using Annals.Text;
using NodaTime;

namespace Annals.Answers;

/// <summary>A checkable statement of an article and the verdict on it.</summary>
/// <remarks>Immutable.</remarks>
public sealed record Claim
{
    /// <summary>The claim as written.</summary>
    public required string Text { get; init; }

    /// <summary>Where it is.</summary>
    public required TextRange Range { get; init; }

    /// <summary>One of <see cref="ClaimKind"/>'s names.</summary>
    public required string Kind { get; init; }

    /// <summary>The verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>Why, in a sentence a reader can follow.</summary>
    public required string Explanation { get; init; }

    /// <summary>The knowledge-base id of the person the claim is about, when known (first-since: the traveller).</summary>
    public string? SubjectId { get; init; }

    /// <summary>The day a first-since claim counts from (the anchor: the warrant's date), when known.</summary>
    public LocalDate? Since { get; init; }

    /// <summary>What the verdict rests on.</summary>
    public IReadOnlyList<ClaimEvidence> Evidence { get; init; } = [];
}
