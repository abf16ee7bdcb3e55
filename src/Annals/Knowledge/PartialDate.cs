using NodaTime;

namespace Annals.Knowledge;

/// <summary>A date from the data files whose day or month may be unknown.</summary>
/// <remarks>
/// <c>2019-09</c> and <c>2004</c> read as their first day (<see cref="Start"/>) with the precision kept,
/// so a comparison "on or after" treats a partially known start as early as it could be.
/// </remarks>
/// <param name="Start">The first day the value can mean.</param>
/// <param name="Precision">How much of the date is known.</param>
public readonly record struct PartialDate(LocalDate Start, DatePrecision Precision)
{
    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; false for anything else.</summary>
    public static bool TryParse(string text, out PartialDate value)
    {
        value = default;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4)
        {
            return false;
        }

        var numbers = new int[3] { 0, 1, 1 };
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out numbers[i])
                || (i > 0 && parts[i].Length != 2))
            {
                return false;
            }
        }

        if (numbers[1] is < 1 or > 12 || numbers[2] < 1 || numbers[2] > CalendarSystem.Iso.GetDaysInMonth(numbers[0], numbers[1]))
        {
            return false;
        }

        value = new PartialDate(
            new LocalDate(numbers[0], numbers[1], numbers[2]),
            parts.Length switch { 1 => DatePrecision.Year, 2 => DatePrecision.Month, _ => DatePrecision.Day });
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Start.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
