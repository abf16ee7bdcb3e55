using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Annals.Reading.Html;

namespace Annals.Reading.Feeds;

/// <summary>Reads the dates feeds carry: RFC 822 (<c>Mon, 02 Jan 2006 15:04:05 GMT</c>, with the usual deviations) and W3C/ISO 8601.</summary>
/// <remarks>Named North American zones are honoured; an unknown zone is taken as UTC rather than losing the date. Thread-safe.</remarks>
public static partial class FeedDates
{
    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5,
        ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7, ["BST"] = 1, ["CET"] = 1, ["CEST"] = 2, ["MET"] = 1, ["MEST"] = 2,
        ["EET"] = 2, ["EEST"] = 3, ["JST"] = 9, ["IST"] = 5, ["AEST"] = 10, ["AEDT"] = 11,
    };

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The date <paramref name="text"/> states, or null.</summary>
    public static PublicationDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        var m = Rfc822().Match(t);
        if (m.Success)
        {
            var month = Array.IndexOf(MonthNames, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (year < 100) year += year < 50 ? 2000 : 1900;
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (month >= 1 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                if (!m.Groups["h"].Success) return new PublicationDate(new LocalDate(year, month, day));
                var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
                var minute = int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture);
                var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
                if (hour < 24 && minute < 60 && second < 61)
                {
                    var local = new LocalDateTime(year, month, day, hour, minute, Math.Min(second, 59));
                    var offset = Offset(m.Groups["zone"].Value);
                    var instant = local.WithOffset(offset).ToInstant();
                    return new PublicationDate(instant.InUtc().Date, instant);
                }
            }
        }
        var iso = PublicationDate.ParseIso(t);
        if (iso.Success)
        {
            var value = iso.Value;
            // Normalise to the UTC calendar day so that the date and the instant agree.
            return value.Instant is { } i ? new PublicationDate(i.InUtc().Date, i) : value;
        }
        return TextDates.FromAttribute(t);
    }

    private static Offset Offset(string zone)
    {
        if (zone.Length == 0) return NodaTime.Offset.Zero;
        if (ZoneHours.TryGetValue(zone, out var hours)) return NodaTime.Offset.FromHours(hours);
        var z = NumericZone().Match(zone);
        if (!z.Success) return NodaTime.Offset.Zero;
        var sign = z.Groups[1].Value == "-" ? -1 : 1;
        var h = int.Parse(z.Groups[2].Value, CultureInfo.InvariantCulture);
        var mm = z.Groups[3].Success ? int.Parse(z.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        return h > 18 ? NodaTime.Offset.Zero : NodaTime.Offset.FromSeconds(sign * (h * 3600 + mm * 60));
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{2,9}\.?,?\s*)?(?<d>\d{1,2})[\s-]+(?<mon>[A-Za-z]{3,9})\.?[\s-]+(?<y>\d{2,4})(?:[\sT,]+(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?(?:\.\d+)?\s*(?<zone>[A-Za-z]{1,5}|[+-]\d{2}:?\d{2}|[+-]\d{1,2})?)?\s*$")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^([+-])(\d{1,2}):?(\d{2})?$")]
    private static partial Regex NumericZone();
}
