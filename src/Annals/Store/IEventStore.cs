using NodaTime;

namespace Annals.Store;

/// <summary>The record: articles, their mentions and the events they report, and the ingest runs that stored them.</summary>
/// <remarks>
/// Built by <see cref="EventStoreBuilder"/> with a backend's extension method (<c>UseSqlite(path)</c>); the core
/// never references a database driver. One store instance is used by one thread at a time; a backend decides how
/// many instances may share a database (SQLite: many readers, one writer).
/// Every write happens in <see cref="Commit"/>, which is atomic: a batch is stored whole or not at all, so an
/// ingest killed at any point loses at most the batch in flight and a rerun stores it again, once.
/// </remarks>
public interface IEventStore : IDisposable
{
    /// <summary>Where the store lives, for messages: <c>sqlite:/path/annals.db</c>.</summary>
    string Location { get; }

    /// <summary>Whether an article with this content hash is stored, and whether it was seen under <paramref name="sighting"/>.</summary>
    ArticleLookup FindArticle(string contentHash, string sighting);

    /// <summary>Content hash and SimHash of every stored article that is not itself a near-duplicate, oldest first, to seed near-duplicate detection.</summary>
    IReadOnlyList<ArticleFingerprint> Originals();

    /// <summary>Records the start of an ingest run and returns its id.</summary>
    long StartRun(Instant started, IReadOnlyList<string> inputs);

    /// <summary>Stores a batch of articles and sightings atomically, merging their events into the stored happenings.</summary>
    void Commit(StoreBatch batch);

    /// <summary>Records the end of an ingest run with its counts.</summary>
    void FinishRun(long runId, Instant finished, IngestSummary summary);

    /// <summary>Stored events matching a query, oldest first.</summary>
    IReadOnlyList<StoredEvent> Events(EventQuery query);

    /// <summary>How much is stored.</summary>
    StoreCounts Counts();

    /// <summary>Stored events counted by CAMEO root and month of their date (events with no known date under month null).</summary>
    IReadOnlyList<RootMonthCount> CountByRootAndMonth(EventQuery query);

    /// <summary>Groups of sightings (input locations) of one stored article seen more than once with identical content.</summary>
    IReadOnlyList<IReadOnlyList<string>> ExactDuplicateGroups();

    /// <summary>Pairs of (article sighting, the sighting of the original it near-duplicates).</summary>
    IReadOnlyList<(string Article, string Original)> NearDuplicates();
}
