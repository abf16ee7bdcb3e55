using Annals.Diagnostics;
using Annals.Events;

namespace Annals.Output;

/// <summary>FIPS 10-4 country codes, which GDELT's geography columns use, by ISO 3166-1 alpha-3 code.</summary>
/// <remarks>Data: <c>data/cameo/fips.tsv</c> (from py-gdelt's countries table, MIT; the file names its source). Immutable and thread-safe.</remarks>
public sealed class FipsCountries
{
    private static readonly Lazy<FipsCountries> LazyDefault = new(() => Parse(EmbeddedData.ReadText("cameo/fips.tsv")));
    private readonly Dictionary<string, (string Fips, string Name)> _byIso3;

    private FipsCountries(Dictionary<string, (string, string)> byIso3) => _byIso3 = byIso3;

    /// <summary>The shipped table.</summary>
    public static FipsCountries Default => LazyDefault.Value;

    /// <summary>Number of countries with a FIPS code.</summary>
    public int Count => _byIso3.Count;

    /// <summary>The FIPS code of an ISO alpha-3 country, or null.</summary>
    public string? FipsOf(string? iso3) => iso3 is not null && _byIso3.TryGetValue(iso3, out var v) ? v.Fips : null;

    /// <summary>The country's name, or null.</summary>
    public string? NameOf(string? iso3) => iso3 is not null && _byIso3.TryGetValue(iso3, out var v) ? v.Name : null;

    /// <summary>Reads the TSV: '#' comments, header <c>fips iso3 iso2 name primary</c>.</summary>
    public static FipsCountries Parse(string text)
    {
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var header = true;
        foreach (var raw in text.Split('\n'))
        {
            var row = raw.TrimEnd('\r');
            if (row.Length == 0 || row.StartsWith('#')) continue;
            if (header) { header = false; continue; }
            var c = row.Split('\t');
            if (c.Length < 5) throw new AnnalsException(ErrorCodes.DataMalformed, $"fips.tsv: expected 5 columns in '{row}'");
            if (c[1].Length == 3 && c[4] == "1") map.TryAdd(c[1], (c[0], c[3]));
        }
        return new FipsCountries(map);
    }
}
