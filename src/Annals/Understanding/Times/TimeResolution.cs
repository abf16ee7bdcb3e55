using NodaTime;

namespace Annals.Understanding.Times;

/// <summary>The named strategies that turn an under-specified expression into dates, given an anchor day.</summary>
/// <remarks>
/// Stateless and thread-safe. The choices, so that specs and readers can rely on them:
/// <list type="bullet">
/// <item>A bare weekday ("Thursday") on the anchor's own weekday is the anchor day; otherwise the most
/// recent one before the anchor, unless the clause is future ("will meet Thursday"), then the next one.</item>
/// <item>A month or day without a year ("in October", "Oct. 12") is taken in a window from nine months
/// before to two months after the anchor's month; a future-tense clause moves one more than a month
/// past into the next year.</item>
/// <item>"early", "mid", "late" narrow a month to days 1–10, 11–20, 21–end; a year to Jan–Apr, May–Aug,
/// Sep–Dec; a decade to its years 0–3, 4–6, 7–9; a week to Mon–Wed, Tue–Thu, Thu–Sun.</item>
/// <item>Seasons are meteorological and northern: spring is March to May, winter December to February.</item>
/// </list>
/// </remarks>
internal static class TimeResolution
{
    /// <summary>Which weekday a weekday name means.</summary>
    public static LocalDate Weekday(LocalDate anchor, IsoDayOfWeek day, int direction, Tense tense)
    {
        return direction switch
        {
            < 0 => anchor.With(DateAdjusters.Previous(day)),
            > 0 => anchor.With(DateAdjusters.Next(day)),
            _ when anchor.DayOfWeek == day => anchor,
            _ when tense == Tense.Future => anchor.With(DateAdjusters.Next(day)),
            _ => anchor.With(DateAdjusters.Previous(day)),
        };
    }

    /// <summary>"this Thursday": the one on or after the anchor.</summary>
    public static LocalDate ThisWeekday(LocalDate anchor, IsoDayOfWeek day) => anchor.With(DateAdjusters.NextOrSame(day));

    /// <summary>
    /// The year of a month named without one: within nine months before to two months after the anchor's
    /// month; a future clause moves a month more than a month past to next year ("will vote in March",
    /// written in December). A past clause changes nothing: news reports dates within that window.
    /// </summary>
    public static int YearOfMonth(LocalDate anchor, int month, Tense tense)
    {
        var ahead = month - anchor.Month;
        var year = ahead > 2 ? anchor.Year - 1 : ahead < -9 ? anchor.Year + 1 : anchor.Year;
        if (tense == Tense.Future && (year - anchor.Year) * 12 + ahead < -1) year++;
        return year;
    }

    /// <summary>The date of a month and day named without a year, or null when that year lacks the day (29 February).</summary>
    public static LocalDate? DayOfMonth(LocalDate anchor, int month, int day, Tense tense) =>
        Create(YearOfMonth(anchor, month, tense), month, day);

    /// <summary>A valid date, or null.</summary>
    public static LocalDate? Create(int year, int month, int day)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1) return null;
        if (day > CalendarSystem.Iso.GetDaysInMonth(year, month)) return null;
        return new LocalDate(year, month, day);
    }

    /// <summary>Days between two ends; null when they are the wrong way round.</summary>
    public static EventDate? Between(LocalDate? from, LocalDate? to, string? anchor)
    {
        if (from is { } f && to is { } t && t < f) return null;
        if (from is null && to is null) return null;
        return EventDate.Between(from, to, anchor);
    }

    /// <summary>The quarter (1–4) of a month.</summary>
    public static int QuarterOf(int month) => (month - 1) / 3 + 1;

    /// <summary>The year of a quarter named without one: the latest not after the anchor's quarter, or the next when future.</summary>
    public static int YearOfQuarter(LocalDate anchor, int quarter, Tense tense)
    {
        var current = QuarterOf(anchor.Month);
        if (tense == Tense.Future) return quarter >= current ? anchor.Year : anchor.Year + 1;
        return quarter <= current ? anchor.Year : anchor.Year - 1;
    }

    /// <summary>The weekend (Saturday and Sunday) meant by "the weekend", "last weekend", "next weekend".</summary>
    public static EventDate Weekend(LocalDate anchor, int direction, Tense tense, string? label)
    {
        LocalDate saturday;
        if (anchor.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            var current = anchor.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Saturday));
            saturday = direction < 0 ? current.PlusDays(-7) : direction > 0 ? current.PlusDays(7) : current;
        }
        else
        {
            var previous = anchor.With(DateAdjusters.Previous(IsoDayOfWeek.Saturday));
            var next = anchor.With(DateAdjusters.Next(IsoDayOfWeek.Saturday));
            saturday = direction < 0 ? previous : direction > 0 ? next : tense == Tense.Future ? next : tense == Tense.Past ? previous : next;
        }
        return EventDate.Between(saturday, saturday.PlusDays(1), label);
    }

    /// <summary>A season: <paramref name="direction"/> −1 the last one ended, 0 the current or coming one this year, +1 the next one to start.</summary>
    public static EventDate Season(LocalDate anchor, int firstMonth, int direction, string? label)
    {
        LocalDate Start(int year) => new(year, firstMonth, 1);
        LocalDate End(LocalDate start) => start.PlusMonths(3).PlusDays(-1);
        LocalDate start;
        if (direction < 0)
        {
            start = Start(anchor.Year + 1);
            while (End(start) >= anchor) start = start.PlusYears(-1);
        }
        else if (direction > 0)
        {
            start = Start(anchor.Year - 1);
            while (start <= anchor) start = start.PlusYears(1);
        }
        else
        {
            // Winter straddles the new year: in January "this winter" began in December.
            start = Start(firstMonth == 12 && anchor.Month <= 2 ? anchor.Year - 1 : anchor.Year);
        }
        return EventDate.Between(start, End(start), label);
    }

    /// <summary>Narrows a date by "early" (−1), "mid" (0) or "late" (+1); dates it cannot narrow come back as they are.</summary>
    public static EventDate Narrow(EventDate date, int part, bool isDecade)
    {
        if (date.From is not { } from || date.To is not { } to) return date;
        var anchor = date.Anchor;
        switch (date.Precision)
        {
            case DatePrecision.Month:
                return part < 0 ? EventDate.Between(from, from.PlusDays(9), anchor)
                    : part == 0 ? EventDate.Between(from.PlusDays(10), from.PlusDays(19), anchor)
                    : EventDate.Between(from.PlusDays(20), to, anchor);
            case DatePrecision.Year:
                return part < 0 ? EventDate.Between(from, new LocalDate(from.Year, 4, 30), anchor)
                    : part == 0 ? EventDate.Between(new LocalDate(from.Year, 5, 1), new LocalDate(from.Year, 8, 31), anchor)
                    : EventDate.Between(new LocalDate(from.Year, 9, 1), to, anchor);
            case DatePrecision.Week:
                return part < 0 ? EventDate.Between(from, from.PlusDays(2), anchor)
                    : part == 0 ? EventDate.Between(from.PlusDays(1), from.PlusDays(3), anchor)
                    : EventDate.Between(from.PlusDays(3), to, anchor);
            case DatePrecision.Quarter:
                return part < 0 ? EventDate.Month(new YearMonth(from.Year, from.Month), anchor)
                    : part == 0 ? EventDate.Month(new YearMonth(from.Year, from.Month + 1), anchor)
                    : EventDate.Month(new YearMonth(from.Year, from.Month + 2), anchor);
            case DatePrecision.Range when isDecade:
                return part < 0 ? EventDate.Between(from, new LocalDate(from.Year + 3, 12, 31), anchor)
                    : part == 0 ? EventDate.Between(new LocalDate(from.Year + 4, 1, 1), new LocalDate(from.Year + 6, 12, 31), anchor)
                    : EventDate.Between(new LocalDate(from.Year + 7, 1, 1), to, anchor);
            default:
                return date;
        }
    }
}
