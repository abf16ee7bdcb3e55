using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Annals.Reading;

/// <summary>When an article was published: a calendar date, and the instant when the input gives a time too.</summary>
/// <remarks>Immutable. Relative dates in the text resolve against <see cref="Date"/>.</remarks>
public sealed record PublicationDate(LocalDate Date, Instant? Instant = null)
{
    /// <summary>The ISO 8601 form: the instant when known, else the date.</summary>
    public string ToIsoString() =>
        Instant is { } i
            ? InstantPattern.ExtendedIso.Format(i)
            : LocalDatePattern.Iso.Format(Date);

    /// <inheritdoc />
    public override string ToString() => ToIsoString();

    /// <summary>Reads an ISO date (<c>2023-10-12</c>) or date and time with offset (<c>2023-10-12T08:00:00Z</c>).</summary>
    public static ParseResult<PublicationDate> ParseIso(string text)
    {
        var trimmed = text.Trim();
        var date = LocalDatePattern.Iso.Parse(trimmed);
        if (date.Success)
            return ParseResult<PublicationDate>.ForValue(new PublicationDate(date.Value));
        var withOffset = OffsetDateTimePattern.ExtendedIso.Parse(trimmed);
        if (withOffset.Success)
            return ParseResult<PublicationDate>.ForValue(
                new PublicationDate(withOffset.Value.Date, withOffset.Value.ToInstant()));
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            var instant = NodaTime.Instant.FromDateTimeOffset(dto);
            return ParseResult<PublicationDate>.ForValue(
                new PublicationDate(LocalDate.FromDateTime(dto.UtcDateTime), instant));
        }
        return ParseResult<PublicationDate>.ForException(() =>
            new FormatException($"'{text}' is not an ISO 8601 date such as 2023-10-12"));
    }
}
