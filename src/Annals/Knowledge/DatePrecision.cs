namespace Annals.Knowledge;

/// <summary>How much of a knowledge-base date is known.</summary>
public enum DatePrecision
{
    /// <summary>Year, month and day.</summary>
    Day,

    /// <summary>Only year and month (<c>2019-09</c>); the date reads as the first of the month.</summary>
    Month,

    /// <summary>Only the year (<c>2004</c>); the date reads as 1 January.</summary>
    Year,
}
