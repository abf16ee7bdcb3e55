using NodaTime;

namespace Annals.Store;

/// <summary>What one transaction stores: new articles with their mentions and events, and sightings of articles already stored.</summary>
/// <remarks>Immutable once handed to <see cref="IEventStore.Commit"/>.</remarks>
public sealed record StoreBatch
{
    /// <summary>The ingest run the batch belongs to.</summary>
    public required long RunId { get; init; }

    /// <summary>When the batch is stored; events first seen in it get this as their first-seen time.</summary>
    public required Instant At { get; init; }

    /// <summary>New articles, in input order.</summary>
    public required IReadOnlyList<ArticleRecord> Articles { get; init; }

    /// <summary>Exact duplicates: another input location of an article already stored (or stored earlier in this batch).</summary>
    public required IReadOnlyList<Sighting> Sightings { get; init; }
}
