using System.Text.RegularExpressions;

namespace Annals.Reading.Html;

/// <summary>
/// The article-extraction benchmark's metric, written from its description: word tokens (\w+)
/// lower-cased, multisets of n-word shingles, precision and recall per page (averaged by the caller).
/// </summary>
/// <remarks>Shared by the quality tests and the benchmarks so both score extraction the same way. Thread-safe.</remarks>
public static partial class ShingleScore
{
    /// <summary>Precision and recall of <paramref name="predicted"/> against <paramref name="truth"/> over n-word shingles.</summary>
    public static (double Precision, double Recall) Score(string predicted, string truth, int n = 4)
    {
        var p = Shingles(predicted, n);
        var t = Shingles(truth, n);
        if (p.Count == 0 && t.Count == 0) return (1, 1);
        if (p.Count == 0 || t.Count == 0) return (0, 0);
        var tp = 0;
        foreach (var (k, c) in p) if (t.TryGetValue(k, out var tc)) tp += Math.Min(c, tc);
        return ((double)tp / p.Values.Sum(), (double)tp / t.Values.Sum());
    }

    /// <summary>The harmonic mean of precision and recall.</summary>
    public static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private static Dictionary<string, int> Shingles(string text, int n)
    {
        var tokens = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0) return result;
        var size = Math.Min(n, tokens.Count);
        for (var i = 0; i + size <= tokens.Count; i++)
        {
            var key = string.Join(' ', tokens.GetRange(i, size));
            result[key] = result.TryGetValue(key, out var c) ? c + 1 : 1;
        }
        return result;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
