namespace Annals.Reading;

/// <summary>Counts what a run read: inputs, articles, and records skipped or ignored by reason.</summary>
/// <remarks>Mutable and not thread-safe: one per run, fed with <see cref="Add"/> in input order.</remarks>
public sealed class ReadSummary
{
    private readonly SortedDictionary<string, int> _skipped = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _ignored = new(StringComparer.Ordinal);

    /// <summary>Inputs seen.</summary>
    public int Inputs { get; private set; }

    /// <summary>Inputs that could not be read at all.</summary>
    public int FailedInputs { get; private set; }

    /// <summary>Articles read.</summary>
    public int Articles { get; private set; }

    /// <summary>Malformed records skipped, by error code.</summary>
    public IReadOnlyDictionary<string, int> Skipped => _skipped;

    /// <summary>Records passed over by design, by reason.</summary>
    public IReadOnlyDictionary<string, int> Ignored => _ignored;

    /// <summary>Counts one more input.</summary>
    public void StartInput() => Inputs++;

    /// <summary>Counts one item.</summary>
    public void Add(ReadItem item)
    {
        switch (item.Kind)
        {
            case ReadItemKind.Article: Articles++; break;
            case ReadItemKind.Failed: FailedInputs++; break;
            case ReadItemKind.Skipped: Bump(_skipped, item.Reason ?? "?"); break;
            case ReadItemKind.Ignored: Bump(_ignored, item.Reason ?? "?"); break;
        }
    }

    /// <summary>One line for a terminal: <c>read 12 articles from 3 inputs; skipped 1 (E023 ×1); ignored 40 (WARC request record ×20, …); 1 input failed</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string> { $"read {Articles} article{(Articles == 1 ? "" : "s")} from {Inputs} input{(Inputs == 1 ? "" : "s")}" };
        if (_skipped.Count > 0) parts.Add($"skipped {_skipped.Values.Sum()} ({Describe(_skipped)})");
        if (_ignored.Count > 0) parts.Add($"ignored {_ignored.Values.Sum()} ({Describe(_ignored)})");
        if (FailedInputs > 0) parts.Add($"{FailedInputs} input{(FailedInputs == 1 ? "" : "s")} could not be read");
        return string.Join("; ", parts);
    }

    private static string Describe(SortedDictionary<string, int> counts) =>
        string.Join(", ", counts.Select(kv => $"{kv.Key} ×{kv.Value}"));

    private static void Bump(SortedDictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
