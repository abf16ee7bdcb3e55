using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Annals.Reading;

/// <summary>Reads the dates that article headers and datelines carry: <c>Oct. 12, 2023</c>, <c>12 October 2023</c>, <c>2023-10-12</c>.</summary>
/// <remarks>Only complete dates with a year are accepted: a header date without a year cannot be placed. Thread-safe.</remarks>
public static class HeaderDateParser
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3,
        ["apr"] = 4, ["april"] = 4, ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7,
        ["aug"] = 8, ["august"] = 8, ["sep"] = 9, ["sept"] = 9, ["september"] = 9, ["oct"] = 10, ["october"] = 10,
        ["nov"] = 11, ["november"] = 11, ["dec"] = 12, ["december"] = 12,
    };

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday",
    };

    /// <summary>Parses a whole string as a date.</summary>
    public static ParseResult<PublicationDate> Parse(string text)
    {
        var iso = PublicationDate.ParseIso(text);
        if (iso.Success) return iso;
        var words = Words(text);
        if (TryFromWords(words, 0, out var date, out var used) && used == words.Count)
            return ParseResult<PublicationDate>.ForValue(new PublicationDate(date));
        return ParseResult<PublicationDate>.ForException(() =>
            new FormatException($"'{text}' is not a date such as 2023-10-12, 12 October 2023 or Oct. 12, 2023"));
    }

    /// <summary>Finds the first complete date anywhere in <paramref name="text"/>.</summary>
    public static LocalDate? Find(string text)
    {
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (TryFromWords(words, i, out var date, out _)) return date;
            var iso = LocalDatePattern.Iso.Parse(words[i]);
            if (iso.Success) return iso.Value;
        }
        return null;
    }

    private static List<string> Words(string text) =>
        [.. text.Split([' ', ',', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.'))];

    private static bool TryFromWords(List<string> words, int i, out LocalDate date, out int used)
    {
        date = default;
        used = 0;
        var k = i;
        if (k < words.Count && Weekdays.Contains(words[k])) k++;
        // Month Day Year: Oct 12 2023
        if (k + 2 < words.Count && Months.TryGetValue(words[k], out var m1) && TryDay(words[k + 1], out var d1) && TryYear(words[k + 2], out var y1))
            return Make(y1, m1, d1, k + 3 - i, out date, out used);
        // Day Month Year: 12 October 2023
        if (k + 2 < words.Count && TryDay(words[k], out var d2) && Months.TryGetValue(words[k + 1], out var m2) && TryYear(words[k + 2], out var y2))
            return Make(y2, m2, d2, k + 3 - i, out date, out used);
        return false;
    }

    private static bool Make(int year, int month, int day, int count, out LocalDate date, out int used)
    {
        date = default;
        used = 0;
        if (day > CalendarSystem.Iso.GetDaysInMonth(year, month)) return false;
        date = new LocalDate(year, month, day);
        used = count;
        return true;
    }

    private static bool TryDay(string word, out int day)
    {
        var digits = word.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
    }

    private static bool TryYear(string word, out int year) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1800 and <= 2200 && word.Length == 4;
}
