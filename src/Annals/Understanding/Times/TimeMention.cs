using Annals.Text;

namespace Annals.Understanding.Times;

/// <summary>A time expression in the text and the date it resolves to.</summary>
/// <remarks>Immutable.</remarks>
public sealed record TimeMention
{
    /// <summary>Where the expression is.</summary>
    public required TextRange Range { get; init; }

    /// <summary>The expression as written.</summary>
    public required string Text { get; init; }

    /// <summary>The resolved date, or <see cref="EventDate.Unknown"/> with the reason.</summary>
    public required EventDate Date { get; init; }

    /// <summary>Whether the expression is relative (needs an anchor), like "on Thursday" or "earlier this year".</summary>
    public bool IsRelative { get; init; }

    /// <summary>The rule that recognised it, for tracing.</summary>
    public string? Rule { get; init; }

    /// <summary>The expressions a compound one is built from, e.g. both ends of "from May to July" or the date of "since 2019"; empty otherwise.</summary>
    public IReadOnlyList<TimeMention> Parts { get; init; } = [];

    /// <summary>For vague references ("now", "the future"): which one; null otherwise.</summary>
    public TimeReference? Reference { get; init; }
}
