using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Annals.Reading.Html;

/// <summary>Finds calendar dates written in page text and attributes: ISO, numeric (<c>12.10.2023</c>, <c>10/12/2023</c>) and with month names in the main European languages.</summary>
/// <remarks>Only complete, plausible dates (1995 to 2100) are returned. Thread-safe.</remarks>
public static partial class TextDates
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>The first complete date in <paramref name="text"/>, or null.</summary>
    public static LocalDate? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var all = All(text.Length > 4000 ? text[..4000] : text);
        return all.Count == 0 ? null : all[0].Date;
    }

    /// <summary>Every complete date in <paramref name="text"/>, in reading order, with where it starts.</summary>
    /// <remarks>Where two forms claim the same characters, the less ambiguous one (ISO, then month names, then numeric) wins.</remarks>
    public static List<(int Index, LocalDate Date)> All(string text)
    {
        var found = new List<(int Index, int Length, LocalDate Date)>();
        foreach (var (regex, kind) in Patterns())
        {
            foreach (Match m in regex.Matches(text))
            {
                if (!found.Exists(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length) && TryMake(m, kind, out var date))
                    found.Add((m.Index, m.Length, date));
            }
        }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found.ConvertAll(f => (f.Index, f.Date));
    }

    /// <summary>A date from an attribute value such as <c>2023-10-12T08:00:00+02:00</c>, <c>20231012</c> or <c>Oct 12, 2023</c>.</summary>
    public static PublicationDate? FromAttribute(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        // The day is the one written, in the publisher's own zone; a value without a year (a bare
        // "08:00") is no date at all, though a lenient parser would read it as today.
        var lead = LeadingIso().Match(v);
        if (lead.Success && Make(Int(lead.Groups["y"]), Int(lead.Groups["m"]), Int(lead.Groups["d"]), out var day))
        {
            var iso = PublicationDate.ParseIso(v);
            return new PublicationDate(day, iso.Success ? iso.Value.Instant : null);
        }
        var compact = Compact().Match(v);
        if (compact.Success && Make(Int(compact.Groups["y"]), Int(compact.Groups["m"]), Int(compact.Groups["d"]), out var c)) return new PublicationDate(c);
        return Find(v) is { } d ? new PublicationDate(d) : null;
    }

    /// <summary>A date in a URL path: <c>/2023/10/12/</c>, <c>/2023-10-12</c>, <c>/20231012</c>.</summary>
    public static LocalDate? FromUrl(string? url)
    {
        if (url is null) return null;
        var m = UrlDate().Match(url);
        if (m.Success && Make(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]), out var date)) return date;
        return null;
    }

    private enum Kind { Iso, DayMonthYearNumeric, MonthNameDayYear, DayMonthNameYear }

    private static IEnumerable<(Regex, Kind)> Patterns()
    {
        yield return (IsoDate(), Kind.Iso);
        yield return (DayMonthName(), Kind.DayMonthNameYear);
        yield return (MonthNameDay(), Kind.MonthNameDayYear);
        yield return (Numeric(), Kind.DayMonthYearNumeric);
    }

    private static bool TryMake(Match m, Kind kind, out LocalDate date)
    {
        date = default;
        switch (kind)
        {
            case Kind.Iso:
                return Make(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]), out date);
            case Kind.DayMonthNameYear:
            case Kind.MonthNameDayYear:
                var name = m.Groups["mon"].Value.TrimEnd('.').ToLowerInvariant();
                return Months.TryGetValue(name, out var month) && Make(Year(m.Groups["y"].Value), month, Int(m.Groups["d"]), out date);
            default:
                var a = Int(m.Groups["a"]);
                var b = Int(m.Groups["b"]);
                var y = Year(m.Groups["y"].Value);
                // Dots and dashes are day-first (European); slashes are month-first unless that is impossible.
                var sep = m.Groups["sep"].Value;
                if (sep == "/" && a <= 12) return Make(y, a, b, out date) || Make(y, b, a, out date);
                return Make(y, b, a, out date) || Make(y, a, b, out date);
        }
    }

    private static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Year(string y)
    {
        var n = int.Parse(y, NumberStyles.None, CultureInfo.InvariantCulture);
        return y.Length == 2 ? 2000 + n : n;
    }

    private static bool Plausible(int year) => year is >= 1995 and <= 2100;

    private static bool Make(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (!Plausible(year) || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)) return false;
        date = new LocalDate(year, month, day);
        return true;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var names = new[]
        {
            "january jan januar janvier janv enero ene gennaio gen janeiro januari januar stycznia leden",
            "february feb februar février févr fevrier febrero febbraio fevereiro fev februari lutego únor",
            "march mar märz maerz mars marzo março marco maart marca březen",
            "april apr avril abril aprile avr kwietnia duben",
            "may mai mayo maggio maio mei maja květen",
            "june jun juni juin junio giugno junho czerwca červen",
            "july jul juli juillet juil julio luglio julho lipca červenec",
            "august aug august août aout agosto ago augustus sierpnia srpen",
            "september sep sept septembre septiembre settembre set setembro września září",
            "october oct oktober octobre octubre ottobre ott outubro out okt października říjen",
            "november nov novembre noviembre novembro listopada listopad",
            "december dec dezember déc decembre diciembre dic dicembre dezembro dez desember grudnia prosinec",
        };
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
            foreach (var n in names[i].Split(' ')) map.TryAdd(n, i + 1);
        return map;
    }

    [GeneratedRegex(@"(?<![\d])(?<y>(19|20)\d\d)[-/.](?<m>[01]?\d)[-/.](?<d>[0-3]?\d)(?![\d])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d])(?<d>[0-3]?\d)(\.|st|nd|rd|th|er)?\s*(de\s+)?(?<mon>\p{L}{3,10}\.?),?\s*(de\s+)?(?<y>(19|20)\d\d)(?![\d])", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthName();

    [GeneratedRegex(@"(?<mon>\p{L}{3,10}\.?)\s+(?<d>[0-3]?\d)(st|nd|rd|th)?,?\s+(?<y>(19|20)\d\d)(?![\d])", RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameDay();

    [GeneratedRegex(@"(?<![\d.])(?<a>[0-3]?\d)(?<sep>[./-])(?<b>[01]?\d)\k<sep>(?<y>(19|20)\d\d|\d\d)(?![\d])")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<y>(19|20)\d\d)[-/.](?<m>[01]?\d)[-/.](?<d>[0-3]?\d)(?!\d)")]
    private static partial Regex LeadingIso();

    [GeneratedRegex(@"^(?<y>(19|20)\d\d)(?<m>[01]\d)(?<d>[0-3]\d)$")]
    private static partial Regex Compact();

    [GeneratedRegex(@"/(?<y>(19|20)\d\d)[/_-]?(?<m>[01]\d)[/_-]?(?<d>[0-3]\d)(?:[/_.-]|$)")]
    private static partial Regex UrlDate();
}
