using System.Collections.Frozen;
using Annals.Diagnostics;

namespace Annals.Events;

/// <summary>The CAMEO code of a stated intent to do an act ("will provide aid" is 033, "vowed to attack" 1384), or not to do it ("will not meet" is 125).</summary>
/// <remarks>Immutable and thread-safe. Read from <c>data/events/intent.tsv</c>; a code takes its nearest listed parent's row.</remarks>
internal sealed class IntentTable
{
    private readonly FrozenDictionary<string, (string Intent, string? Refusal)> _rows;

    private IntentTable(FrozenDictionary<string, (string Intent, string? Refusal)> rows) => _rows = rows;

    public static IntentTable Load() => Parse(EmbeddedData.ReadText("events/intent.tsv"));

    public static IntentTable Parse(string tsv)
    {
        var map = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        var lineNo = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("act\t", StringComparison.Ordinal)) continue;
            var cols = line.Split('\t', StringSplitOptions.TrimEntries);
            if (cols.Length != 3)
                throw new AnnalsException(ErrorCodes.DataMalformed, $"events/intent.tsv:{lineNo}: expected 'act<TAB>intent<TAB>refusal'");
            map[cols[0]] = (cols[1], cols[2] == "-" ? null : cols[2]);
        }
        return new IntentTable(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The code of an intent to do <paramref name="act"/>, or null when CAMEO has none (statements, appeals, demands).</summary>
    public string? IntentOf(string act) => Row(act)?.Intent;

    /// <summary>The code of a stated intent not to do <paramref name="act"/>, or null when CAMEO has none.</summary>
    public string? RefusalOf(string act) => Row(act)?.Refusal;

    private (string Intent, string? Refusal)? Row(string act)
    {
        for (var prefix = act; prefix.Length >= 2; prefix = prefix[..^1])
            if (_rows.TryGetValue(prefix, out var row)) return row;
        return null;
    }
}
