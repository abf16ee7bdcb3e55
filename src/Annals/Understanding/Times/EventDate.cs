using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;

namespace Annals.Understanding.Times;

/// <summary>A date as precisely as the text allows: a day, week, month, quarter, year, a range, or unknown.</summary>
/// <remarks>
/// Immutable. <see cref="From"/> and <see cref="To"/> are the first and last days covered (inclusive,
/// as <see cref="DateInterval"/>); a range may leave either end open. <see cref="Anchor"/> says what a
/// relative expression was resolved against, e.g. <c>published 2023-10-12</c>.
/// </remarks>
public sealed record EventDate
{
    private EventDate(DatePrecision precision, LocalDate? from, LocalDate? to, string? anchor)
    {
        Precision = precision;
        From = from;
        To = to;
        Anchor = anchor;
    }

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>First day covered, when known.</summary>
    public LocalDate? From { get; }

    /// <summary>Last day covered, when known.</summary>
    public LocalDate? To { get; }

    /// <summary>What a relative expression was resolved against, when it was relative.</summary>
    public string? Anchor { get; }

    /// <summary>The unknown date.</summary>
    public static EventDate Unknown { get; } = new(DatePrecision.Unknown, null, null, null);

    /// <summary>An unknown date, saying why.</summary>
    public static EventDate UnknownBecause(string reason) => new(DatePrecision.Unknown, null, null, reason);

    /// <summary>A single day.</summary>
    public static EventDate Day(LocalDate day, string? anchor = null) => new(DatePrecision.Day, day, day, anchor);

    /// <summary>The ISO week holding <paramref name="anyDay"/>.</summary>
    public static EventDate Week(LocalDate anyDay, string? anchor = null)
    {
        var monday = anyDay.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        return new(DatePrecision.Week, monday, monday.PlusDays(6), anchor);
    }

    /// <summary>A calendar month.</summary>
    public static EventDate Month(YearMonth month, string? anchor = null) =>
        new(DatePrecision.Month, month.OnDayOfMonth(1), month.OnDayOfMonth(1).With(DateAdjusters.EndOfMonth), anchor);

    /// <summary>A quarter (1–4) of a year.</summary>
    public static EventDate Quarter(int year, int quarter, string? anchor = null)
    {
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter));
        var first = new LocalDate(year, (quarter - 1) * 3 + 1, 1);
        return new(DatePrecision.Quarter, first, first.PlusMonths(3).PlusDays(-1), anchor);
    }

    /// <summary>A calendar year.</summary>
    public static EventDate Year(int year, string? anchor = null) =>
        new(DatePrecision.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), anchor);

    /// <summary>Days between two ends, either of which may be open (but not both).</summary>
    public static EventDate Between(LocalDate? from, LocalDate? to, string? anchor = null)
    {
        if (from is null && to is null) return UnknownBecause(anchor ?? "no end of the range is known");
        if (from is { } f && to is { } t && t < f) throw new ArgumentException($"range ends ({t}) before it starts ({f})");
        if (from is { } a && to is { } b && a == b) return Day(a, anchor);
        return new(DatePrecision.Range, from, to, anchor);
    }

    /// <summary>The ISO 8601 value at this precision (2023-10-12, 2023-W41, 2023-10, 2023-Q4, 2023); null for ranges and unknown.</summary>
    public string? Value => Precision switch
    {
        DatePrecision.Day => LocalDatePattern.Iso.Format(From!.Value),
        DatePrecision.Week => FormatWeek(From!.Value),
        DatePrecision.Month => From!.Value.ToString("yyyy'-'MM", CultureInfo.InvariantCulture),
        DatePrecision.Quarter => $"{From!.Value.Year:D4}-Q{(From.Value.Month - 1) / 3 + 1}",
        DatePrecision.Year => From!.Value.Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Whether the date is known at all.</summary>
    public bool IsKnown => Precision != DatePrecision.Unknown;

    /// <summary>The days covered, when both ends are known.</summary>
    public DateInterval? Interval => From is { } f && To is { } t ? new DateInterval(f, t) : null;

    private static string FormatWeek(LocalDate monday)
    {
        var rule = WeekYearRules.Iso;
        return $"{rule.GetWeekYear(monday):D4}-W{rule.GetWeekOfWeekYear(monday):D2}";
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? (Precision == DatePrecision.Range
        ? $"{From?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "…"}/{To?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "…"}"
        : "unknown");
}
