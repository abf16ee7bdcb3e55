namespace Annals.Understanding.Times;

/// <summary>A vague reference to the past, the present or the future, as TimeML's <c>PAST_REF</c>, <c>PRESENT_REF</c>, <c>FUTURE_REF</c>.</summary>
public enum TimeReference
{
    /// <summary>"in the past".</summary>
    Past,
    /// <summary>"now".</summary>
    Present,
    /// <summary>"in the future".</summary>
    Future,
}
