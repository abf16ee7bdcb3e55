using Annals.Knowledge;
using Annals.Pipeline;
using Annals.Reading;
using Annals.Store;
using NodaTime;

namespace Annals.Benchmarks;

/// <summary>
/// The batches an ingest hands its store, recorded once so that the store alone can be timed: the corpus is read and
/// analysed through <see cref="StoreIngester"/> into a store that keeps what it is given and writes nothing.
/// </summary>
internal static class RecordedBatches
{
    public static IReadOnlyList<StoreBatch> Of(string[] files, KnowledgeBase kb, int batchSize)
    {
        using var recorder = new Recorder();
        var ingester = new StoreIngester(recorder, AnnalsPipeline.CreateForIngest(kb), SystemClock.Instance,
            new IngestOptions { BatchSize = batchSize, Parallelism = Environment.ProcessorCount });
        ingester.Run(files, new ArticleReaders(new ReadingOptions()).ReadFile);
        return recorder.Batches;
    }

    /// <summary>Rows a store writes for the batches: articles, mentions, event reports.</summary>
    public static (int Articles, int Mentions, int Reports) Rows(IReadOnlyList<StoreBatch> batches) =>
        (batches.Sum(b => b.Articles.Count),
         batches.Sum(b => b.Articles.Sum(a => a.Mentions.Count)),
         batches.Sum(b => b.Articles.Sum(a => a.Happenings.Sum(h => h.Reports.Count))));

    /// <summary>Keeps each batch, and knows the content it was given as an empty store filling up would.</summary>
    private sealed class Recorder : IEventStore
    {
        private readonly HashSet<string> _stored = new(StringComparer.Ordinal);
        public List<StoreBatch> Batches { get; } = [];
        public string Location => "memory:recorder";
        public ArticleLookup FindArticle(string contentHash, string sighting) =>
            _stored.Contains(contentHash) ? ArticleLookup.Duplicate : ArticleLookup.New;
        public IReadOnlyList<ArticleFingerprint> Originals() => [];
        public long StartRun(Instant started, IReadOnlyList<string> inputs) => 1;
        public void Commit(StoreBatch batch)
        {
            Batches.Add(batch);
            foreach (var article in batch.Articles) _stored.Add(article.Fingerprint.ContentHash);
        }
        public void FinishRun(long runId, Instant finished, IngestSummary summary) { }
        public IReadOnlyList<StoredEvent> Events(EventQuery query) => [];
        public StoreCounts Counts() => throw new NotSupportedException("the recorder keeps batches only");
        public IReadOnlyList<RootMonthCount> CountByRootAndMonth(EventQuery query) => [];
        public IReadOnlyList<IReadOnlyList<string>> ExactDuplicateGroups() => [];
        public IReadOnlyList<(string Article, string Original)> NearDuplicates() => [];
        public void Dispose() { }
    }
}
