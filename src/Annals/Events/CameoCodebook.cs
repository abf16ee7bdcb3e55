using System.Collections.Frozen;
using System.Globalization;
using Annals.Diagnostics;

namespace Annals.Events;

/// <summary>The CAMEO event codebook: labels, roots, quad classes, Goldstein scores and PLOVER types of every code.</summary>
/// <remarks>
/// Immutable and thread-safe. Built from <c>data/cameo/eventcodes.tsv</c> (GDELT's lookup tables) and
/// <c>data/cameo/plover.tsv</c> (the PLOVER project's CAMEO2PLOVER table); see <c>tools/cameo/</c>.
/// </remarks>
public sealed class CameoCodebook
{
    private static readonly Lazy<CameoCodebook> _default = new(() =>
        Parse(EmbeddedData.ReadText("cameo/eventcodes.tsv"), EmbeddedData.ReadText("cameo/plover.tsv")));

    private readonly FrozenDictionary<string, CameoCode> _codes;

    private CameoCodebook(FrozenDictionary<string, CameoCode> codes) => _codes = codes;

    /// <summary>The codebook shipped in the library; loaded once.</summary>
    public static CameoCodebook Load() => _default.Value;

    /// <summary>Every code, in code order.</summary>
    public IEnumerable<CameoCode> Codes => _codes.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    /// <summary>Number of codes.</summary>
    public int Count => _codes.Count;

    /// <summary>The entry for <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">When the code is not in the codebook.</exception>
    public CameoCode Get(string code) =>
        _codes.TryGetValue(code, out var entry) ? entry : throw new KeyNotFoundException($"'{code}' is not a CAMEO event code");

    /// <summary>Looks a code up without throwing.</summary>
    public bool TryGet(string code, out CameoCode entry)
    {
        if (_codes.TryGetValue(code, out var found))
        {
            entry = found;
            return true;
        }
        entry = null!;
        return false;
    }

    internal static CameoCodebook Parse(string eventCodes, string plover)
    {
        var ploverRows = new Dictionary<string, (string Event, string Mode)>(StringComparer.Ordinal);
        foreach (var cols in Rows(plover, "cameo", 4))
            ploverRows.TryAdd(cols[0], (cols[1], cols[2]));

        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var cols in Rows(eventCodes, "code", 6))
        {
            if (!double.TryParse(cols[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein)
                || !int.TryParse(cols[3], CultureInfo.InvariantCulture, out var quad))
                throw new AnnalsException(ErrorCodes.DataMalformed, $"cameo/eventcodes.tsv: bad numbers in row '{string.Join('\t', cols)}'");
            var (ploverEvent, mode) = FindPlover(ploverRows, cols[0]);
            codes[cols[0]] = new CameoCode(cols[0], cols[1], cols[2], quad, goldstein, cols[5])
            {
                Plover = ploverEvent,
                PloverMode = mode,
            };
        }
        return new CameoCodebook(codes.ToFrozenDictionary(StringComparer.Ordinal));
    }

    // PLOVER's table lists only the codes whose mapping differs from their parent's, so walk up.
    private static (string? Event, string? Mode) FindPlover(Dictionary<string, (string Event, string Mode)> rows, string code)
    {
        for (var prefix = code; prefix.Length >= 2; prefix = prefix[..^1])
        {
            if (rows.TryGetValue(prefix, out var row))
                return (row.Event, prefix == code && row.Mode.Length > 0 ? row.Mode : null);
        }
        return (null, null);
    }

    private static IEnumerable<string[]> Rows(string text, string header, int columns)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || line.StartsWith(header + "\t", StringComparison.Ordinal)) continue;
            var cols = line.Split('\t');
            if (cols.Length < columns)
                Array.Resize(ref cols, columns);
            for (var i = 0; i < cols.Length; i++) cols[i] = (cols[i] ?? "").Trim();
            yield return cols;
        }
    }
}
