using Annals.Events;

namespace Annals.Events.Aggregation;

/// <summary>One happening as one article reports it: the reports (sentences) of the same event, under one key.</summary>
/// <remarks>Immutable. Reports of the same happening in other articles share <see cref="Id"/> and are merged by the store.</remarks>
public sealed record Happening
{
    /// <summary>Stable id: a positive 63-bit hash of <see cref="Key"/>.</summary>
    public required long Id { get; init; }

    /// <summary>The key: <c>code|modality|source|target|date</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Every report of the happening in the article, in text order.</summary>
    public required IReadOnlyList<CodedEvent> Reports { get; init; }

    /// <summary>The first report, whose coding represents the happening.</summary>
    public CodedEvent First => Reports[0];
}
