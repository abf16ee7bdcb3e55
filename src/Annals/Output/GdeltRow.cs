using System.Globalization;
using Annals.Store;
using NodaTime;

namespace Annals.Output;

/// <summary>Turns a stored event into GDELT 2.0 Events' 61 values, filling what Annals knows and leaving the rest empty.</summary>
/// <remarks>
/// Filled: ids and dates (SQLDATE is the event's day, else the first day its date covers, else the first report's
/// publication day), both actors' code, name (upper case, as GDELT writes it), country and up to three type
/// codes, the event codes and classes, the counts and tone, ActionGeo from the event's location (FIPS country
/// code), DATEADDED (first stored, UTC) and SOURCEURL. Empty: known-group, ethnic and religion codes, actor
/// geography and ADM codes, which Annals does not yet resolve. Thread-safe.
/// </remarks>
public static class GdeltRow
{
    /// <summary>The 61 values (long, double, string or null) in <see cref="GdeltColumns.Names"/> order.</summary>
    public static object?[] Values(StoredEvent e, FipsCountries fips)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(fips);
        var v = new object?[GdeltColumns.Names.Count];
        v[0] = e.Id;
        if ((e.Date.From ?? e.Date.To ?? e.Published) is { } day)
        {
            v[1] = (long)(day.Year * 10000 + day.Month * 100 + day.Day);
            v[2] = (long)(day.Year * 100 + day.Month);
            v[3] = (long)day.Year;
            v[4] = Math.Round(day.Year + (day.Month * 30 + day.Day) / 365.0, 4);
        }
        Actor(v, 5, e.Source);
        Actor(v, 15, e.Target);
        v[25] = e.Sentence == 0 ? 1L : 0L;
        v[26] = e.Code;
        v[27] = e.Code.Length > 3 ? e.Code[..3] : e.Code;
        v[28] = e.Root;
        v[29] = (long)e.QuadClass;
        v[30] = e.Goldstein;
        v[31] = (long)e.NumMentions;
        v[32] = (long)e.NumSources;
        v[33] = (long)e.NumArticles;
        v[34] = e.AvgTone;
        if (e.Location is { } loc)
        {
            // A town's feature id is its GeoNames id, or for a town of the US postal table its first ZIP code.
            var isCity = loc.Id is { } id && (id.StartsWith("geonames:", StringComparison.Ordinal) || id.StartsWith(Knowledge.VillageTable.PostalIdPrefix, StringComparison.Ordinal));
            v[51] = isCity ? (loc.Country == "USA" ? 3L : 4L) : 1L;
            var countryName = fips.NameOf(loc.Country);
            v[52] = countryName is null || string.Equals(countryName, loc.Name, StringComparison.OrdinalIgnoreCase) ? loc.Name : loc.Name + ", " + countryName;
            v[53] = fips.FipsOf(loc.Country);
            v[56] = loc.Lat;
            v[57] = loc.Lon;
            v[58] = isCity ? loc.Id![(loc.Id!.IndexOf(':') + 1)..] : fips.FipsOf(loc.Country);
        }
        var added = e.FirstSeen.InUtc();
        v[59] = long.Parse(added.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        v[60] = e.SourceUrl;
        return v;
    }

    /// <summary>Formats one value as GDELT's TSV does: empty for null, invariant numbers.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        string s => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static void Actor(object?[] v, int at, StoredActor? a)
    {
        if (a is null) return;
        v[at] = a.Actor;
        v[at + 1] = (a.Name ?? a.Text).ToUpperInvariant();
        v[at + 2] = a.Country;
        if (a.Actor is not { Length: > 0 } code) return;
        var roles = a.Country is { } c && code.StartsWith(c, StringComparison.Ordinal) ? code[c.Length..] : code;
        for (var i = 0; i < 3 && (i + 1) * 3 <= roles.Length; i++) v[at + 7 + i] = roles.Substring(i * 3, 3);
    }
}
