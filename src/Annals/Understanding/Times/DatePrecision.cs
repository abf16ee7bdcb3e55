namespace Annals.Understanding.Times;

/// <summary>How precisely a date is known; printed lower-case in the JSON contract.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day.</summary>
    Day,
    /// <summary>An ISO week.</summary>
    Week,
    /// <summary>A calendar month.</summary>
    Month,
    /// <summary>A quarter of a year.</summary>
    Quarter,
    /// <summary>A calendar year.</summary>
    Year,
    /// <summary>Between two days, either of which may be open.</summary>
    Range,
    /// <summary>Not known: nothing to anchor it to.</summary>
    Unknown,
}
