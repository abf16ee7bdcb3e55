using System.Text.RegularExpressions;

namespace Annals.Benchmarks;

/// <summary>The article-extraction benchmark's metric as the project's tests compute it: \w+ tokens lower-cased, multisets of 4-word shingles, P and R per page, averaged, then F1.</summary>
/// <remarks>bench/compare/quality.mjs and extract_lxml.py compute the same for the other tools.</remarks>
internal static partial class ShingleScore
{
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

    public static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

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
