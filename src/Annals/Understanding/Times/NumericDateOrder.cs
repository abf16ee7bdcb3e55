namespace Annals.Understanding.Times;

/// <summary>How to read an all-numeric date such as <c>12/10/2023</c>, whose day and month may be either way round.</summary>
public enum NumericDateOrder
{
    /// <summary>Only when one part exceeds 12 and so can only be the day; <c>12/10/2023</c> is then not a date.</summary>
    UnambiguousOnly,
    /// <summary>Day first, as in Britain and most of the world: <c>12/10/2023</c> is 12 October.</summary>
    DayFirst,
    /// <summary>Month first, as in the United States: <c>12/10/2023</c> is 10 December.</summary>
    MonthFirst,
}
