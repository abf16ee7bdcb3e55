namespace Annals.Understanding.Times;

/// <summary>Settings for <see cref="TimeExpressionComponent"/>.</summary>
/// <remarks>Immutable.</remarks>
public sealed record TimeOptions
{
    /// <summary>The defaults: numeric dates only when unambiguous, vague references recognised.</summary>
    public static TimeOptions Default { get; } = new();

    /// <summary>How to read all-numeric dates such as <c>12/10/2023</c>.</summary>
    public NumericDateOrder NumericDates { get; init; } = NumericDateOrder.UnambiguousOnly;

    /// <summary>Whether to report vague references such as "now" and "the future" (TimeML's <c>PRESENT_REF</c>, <c>FUTURE_REF</c>).</summary>
    public bool VagueReferences { get; init; } = true;
}
