namespace Annals.Understanding.Times;

/// <summary>A recognised expression over tokens <c>[First, End)</c>, before it becomes a <see cref="TimeMention"/>.</summary>
internal readonly record struct TimeMatch(
    int First,
    int End,
    EventDate Date,
    bool Relative,
    string Rule,
    TimeReference? Reference = null,
    TimeMatch[]? Parts = null);
