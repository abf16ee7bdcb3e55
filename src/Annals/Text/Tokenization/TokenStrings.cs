namespace Annals.Text.Tokenization;

/// <summary>The strings of recurring tokens, shared instead of made again for every occurrence.</summary>
/// <remarks>
/// Words in news follow Zipf's law: "the", "said", "," and the names of the day recur in every article, so
/// a pool of recent token strings saves most of the tokenizer's allocations (and the garbage collections they
/// cause over a long ingest). One pool per thread, so no locks; it is emptied when full, which bounds memory.
/// </remarks>
internal static class TokenStrings
{
    private const int Capacity = 32_768;
    private const int LongestPooled = 40;

    [ThreadStatic]
    private static Dictionary<string, (string Surface, string Norm)>? t_pool;

    /// <summary>The surface string of a token's characters and its normalised form.</summary>
    public static (string Surface, string Norm) Of(ReadOnlySpan<char> chars)
    {
        if (chars.Length > LongestPooled)
        {
            var text = chars.ToString();
            return (text, Tokenizer.Normalize(text));
        }
        var pool = t_pool ??= new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out var entry)) return entry;
        if (pool.Count >= Capacity) pool.Clear();
        var surface = chars.ToString();
        entry = (surface, Tokenizer.Normalize(surface));
        pool[surface] = entry;
        return entry;
    }
}
