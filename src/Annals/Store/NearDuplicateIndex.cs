namespace Annals.Store;

/// <summary>Finds an earlier article whose SimHash is within <see cref="Fingerprints.NearDuplicateDistance"/> bits.</summary>
/// <remarks>
/// Four tables keyed by one 16-bit quarter of the SimHash each: two hashes that differ in at most 3 bits agree
/// exactly on at least one quarter (pigeonhole), so only articles sharing a quarter are compared. The first
/// article added wins, so reposts link to the earliest copy. Mutable and not thread-safe.
/// </remarks>
public sealed class NearDuplicateIndex
{
    private readonly Dictionary<ushort, List<ArticleFingerprint>>[] _bands = [new(), new(), new(), new()];
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);

    /// <summary>Number of articles indexed.</summary>
    public int Count => _order.Count;

    /// <summary>Adds an original article; articles added earlier win over later ones.</summary>
    public void Add(ArticleFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (fingerprint.SimHash == 0 || !_order.TryAdd(fingerprint.ContentHash, _order.Count)) return;
        for (var b = 0; b < 4; b++)
        {
            var key = Band(fingerprint.SimHash, b);
            if (!_bands[b].TryGetValue(key, out var list)) _bands[b][key] = list = [];
            list.Add(fingerprint);
        }
    }

    /// <summary>The earliest indexed article the fingerprint near-duplicates, or null.</summary>
    public ArticleFingerprint? FindOriginal(ArticleFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (fingerprint.SimHash == 0) return null;
        ArticleFingerprint? best = null;
        for (var b = 0; b < 4; b++)
        {
            if (!_bands[b].TryGetValue(Band(fingerprint.SimHash, b), out var list)) continue;
            // Lists keep insertion order, so the first hit in a band is that band's earliest.
            foreach (var candidate in list)
            {
                if (candidate.ContentHash == fingerprint.ContentHash) continue;
                if (Fingerprints.Distance(candidate.SimHash, fingerprint.SimHash) > Fingerprints.NearDuplicateDistance) continue;
                if (best is null || _order[candidate.ContentHash] < _order[best.ContentHash]) best = candidate;
                break;
            }
        }
        return best;
    }

    private static ushort Band(ulong hash, int band) => (ushort)(hash >> (16 * band));
}
