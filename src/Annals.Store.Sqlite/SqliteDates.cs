using Annals.Understanding.Times;
using NodaTime;
using NodaTime.Text;

namespace Annals.Store.Sqlite;

/// <summary>Writes an <see cref="EventDate"/> as precision, first and last day, and anchor; reads it back.</summary>
internal static class SqliteDates
{
    public static string Precision(EventDate date) => PrecisionNames[(int)date.Precision];

    public static string? Day(LocalDate? day) => day is { } d ? LocalDatePattern.Iso.Format(d) : null;

    public static EventDate Read(string precision, string? from, string? to, string? anchor)
    {
        LocalDate? f = from is null ? null : LocalDatePattern.Iso.Parse(from).Value;
        LocalDate? t = to is null ? null : LocalDatePattern.Iso.Parse(to).Value;
        return Enum.Parse<DatePrecision>(precision, ignoreCase: true) switch
        {
            DatePrecision.Day => EventDate.Day(f!.Value, anchor),
            DatePrecision.Week => EventDate.Week(f!.Value, anchor),
            DatePrecision.Month => EventDate.Month(new YearMonth(f!.Value.Year, f.Value.Month), anchor),
            DatePrecision.Quarter => EventDate.Quarter(f!.Value.Year, (f.Value.Month - 1) / 3 + 1, anchor),
            DatePrecision.Year => EventDate.Year(f!.Value.Year, anchor),
            DatePrecision.Range => EventDate.Between(f, t, anchor),
            _ => anchor is null ? EventDate.Unknown : EventDate.UnknownBecause(anchor),
        };
    }

    // The stored spellings, made once rather than per event.
    private static readonly string[] PrecisionNames = [.. Enum.GetNames<DatePrecision>().Select(n => n.ToLowerInvariant())];
}
