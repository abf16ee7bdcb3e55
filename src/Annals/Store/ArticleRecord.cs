using Annals.Events.Aggregation;
using Annals.Reading;
using Annals.Understanding.Entities;

namespace Annals.Store;

/// <summary>One analysed article as the store keeps it: the article, its fingerprints, entity mentions and the happenings it reports.</summary>
/// <remarks>Immutable.</remarks>
public sealed record ArticleRecord
{
    /// <summary>The article as read.</summary>
    public required Article Article { get; init; }

    /// <summary>Where it was read: the input name and the article's id in it.</summary>
    public required string Sighting { get; init; }

    /// <summary>Exact and near-duplicate fingerprints.</summary>
    public required ArticleFingerprint Fingerprint { get; init; }

    /// <summary>The content hash of the earlier article this one near-duplicates (a repost, an agency copy), if any.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>The outlet counted for GDELT's NumSources: the URL's host, else the input's name.</summary>
    public required string Outlet { get; init; }

    /// <summary>Lexicon tone of the article (see <see cref="ToneLexicon"/>).</summary>
    public required double Tone { get; init; }

    /// <summary>Entities found in the text.</summary>
    public required IReadOnlyList<EntityMention> Mentions { get; init; }

    /// <summary>Events coded from the text, grouped into happenings.</summary>
    public required IReadOnlyList<Happening> Happenings { get; init; }
}
