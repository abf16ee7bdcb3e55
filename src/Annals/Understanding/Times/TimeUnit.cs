namespace Annals.Understanding.Times;

/// <summary>A calendar unit named in "three weeks ago", "last month", "the next day".</summary>
internal enum TimeUnit : byte
{
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}
