using Annals.Events.Aggregation;
using Annals.Reading;
using NodaTime;

namespace Annals.Store;

/// <summary>Reads, analyses and stores articles: idempotent (content already stored is passed over) and resumable (one transaction per batch).</summary>
/// <remarks>
/// Articles are fingerprinted as they stream in; content already stored is counted and skipped before any
/// analysis, so a rerun over the same inputs costs only reading and hashing. New articles are analysed in
/// parallel, a batch at a time, then near-duplicates are linked in input order and the batch is committed in
/// one transaction. A run killed at any point leaves every earlier batch stored whole and the batch in flight
/// not at all; running again stores that batch and the rest, once. Not thread-safe: one run at a time.
/// </remarks>
public sealed class StoreIngester
{
    private readonly IEventStore _store;
    private readonly Pipeline.Pipeline _pipeline;
    private readonly IClock _clock;
    private readonly IngestOptions _options;

    /// <summary>An ingester over a store and an analysis pipeline.</summary>
    /// <param name="store">Where articles go.</param>
    /// <param name="pipeline">The analysis (usually <see cref="Pipeline.AnnalsPipeline.CreateForIngest"/>).</param>
    /// <param name="clock">Stamps runs and batches.</param>
    /// <param name="options">Batch size and parallelism.</param>
    public StoreIngester(IEventStore store, Pipeline.Pipeline pipeline, IClock clock, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(clock);
        _store = store;
        _pipeline = pipeline;
        _clock = clock;
        _options = options ?? new IngestOptions();
        if (_options.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "batch size must be at least 1");
        if (_options.GroupSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "group size must be at least 1");
    }

    /// <summary>Ingests the named inputs in order.</summary>
    /// <param name="inputs">Input names, recorded with the run.</param>
    /// <param name="open">Streams one input's items (e.g. <see cref="ArticleReaders.ReadFile"/>).</param>
    /// <param name="onError">Told of every record or input that could not be read or analysed.</param>
    /// <param name="onProgress">Told after every committed batch.</param>
    public IngestSummary Run(IReadOnlyList<string> inputs, Func<string, IEnumerable<ReadItem>> open,
        Action<ReadError>? onError = null, Action<IngestSummary>? onProgress = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(open);
        var summary = new IngestSummary();
        var runId = _store.StartRun(_clock.GetCurrentInstant(), inputs);
        var index = new NearDuplicateIndex();
        foreach (var original in _store.Originals()) index.Add(original);

        var batch = new Batch();
        foreach (var input in inputs)
        {
            summary.Inputs++;
            foreach (var item in open(input))
            {
                switch (item.Kind)
                {
                    case ReadItemKind.Failed:
                        summary.FailedInputs++;
                        summary.Rejected++;
                        onError?.Invoke(item.Error!);
                        continue;
                    case ReadItemKind.Skipped:
                        summary.Rejected++;
                        onError?.Invoke(item.Error!);
                        continue;
                    case ReadItemKind.Ignored:
                        continue;
                }
                summary.Read++;
                Take(item.Article!, input, batch, summary);
                if (batch.Pending.Count >= _options.BatchSize)
                {
                    Flush(runId, batch, index, summary, onError);
                    onProgress?.Invoke(summary);
                }
            }
        }
        if (batch.Pending.Count > 0 || batch.Sightings.Count > 0)
        {
            Flush(runId, batch, index, summary, onError);
            onProgress?.Invoke(summary);
        }
        _store.FinishRun(runId, _clock.GetCurrentInstant(), summary);
        return summary;
    }

    private void Take(Article article, string input, Batch batch, IngestSummary summary)
    {
        var fingerprint = Fingerprints.Of(article.Title, article.Text);
        var sighting = input + "#" + article.Id;
        if (batch.Hashes.TryGetValue(fingerprint.ContentHash, out var seen))
        {
            if (!seen.Add(sighting)) { summary.Skipped++; return; }
            summary.Duplicates++;
            batch.Sightings.Add(new Sighting(fingerprint.ContentHash, sighting));
            return;
        }
        switch (_store.FindArticle(fingerprint.ContentHash, sighting))
        {
            case ArticleLookup.AlreadyStored:
                summary.Skipped++;
                return;
            case ArticleLookup.Duplicate:
                summary.Duplicates++;
                batch.Sightings.Add(new Sighting(fingerprint.ContentHash, sighting));
                return;
        }
        batch.Hashes[fingerprint.ContentHash] = [sighting];
        batch.Pending.Add(new PendingArticle(article, input, sighting, fingerprint));
    }

    private void Flush(long runId, Batch batch, NearDuplicateIndex index, IngestSummary summary, Action<ReadError>? onError)
    {
        var groups = batch.Pending.Chunk(_options.GroupSize);
        var analyses = _options.Parallelism <= 1
            ? groups.SelectMany(Analyse).ToList()
            : groups.AsParallel().AsOrdered().WithDegreeOfParallelism(_options.Parallelism).SelectMany(Analyse).ToList();
        var records = new List<ArticleRecord>(analyses.Count);
        for (var i = 0; i < analyses.Count; i++)
        {
            var pending = batch.Pending[i];
            var (analysis, error) = analyses[i];
            if (analysis is null)
            {
                summary.Rejected++;
                onError?.Invoke(new ReadError(pending.Sighting, Diagnostics.ErrorCodes.ComponentFailed, $"analysis failed: {error}"));
                continue;
            }
            var original = index.FindOriginal(pending.Fingerprint);
            if (original is null) index.Add(pending.Fingerprint);
            var canonical = original?.ContentHash ?? pending.Fingerprint.ContentHash;
            var happenings = EventAggregator.Group(analysis.Events, pending.Article, canonical);
            records.Add(new ArticleRecord
            {
                Article = pending.Article,
                Sighting = pending.Sighting,
                Fingerprint = pending.Fingerprint,
                DuplicateOf = original?.ContentHash,
                Outlet = OutletOf(pending.Article, pending.Input),
                Tone = analysis.Tone,
                Mentions = analysis.Mentions,
                Happenings = happenings,
            });
        }
        _store.Commit(new StoreBatch { RunId = runId, At = _clock.GetCurrentInstant(), Articles = records, Sightings = [.. batch.Sightings] });
        summary.Stored += records.Count;
        summary.NearDuplicates += records.Count(r => r.DuplicateOf is not null);
        summary.EventMentions += records.Sum(r => r.Happenings.Sum(h => h.Reports.Count));
        batch.Clear();
    }

    // Only what is stored is kept from the analysis: a batch's documents (tokens, sentences ...) would otherwise
    // outlive the youngest generation and make every garbage collection of the run dearer.
    private (Analysis? Analysis, string? Error)[] Analyse(PendingArticle[] group)
    {
        var failures = new Failures();
        var docs = _pipeline.Run(group.Select(p => p.Article).ToArray(), failures);
        var analyses = new (Analysis?, string?)[docs.Length];
        for (var i = 0; i < docs.Length; i++)
        {
            // One article that breaks a component must not stop the run: it is reported and left unstored.
            var doc = docs[i];
            analyses[i] = failures.Of(doc) is { } error
                ? (null, error.Message)
                : (new Analysis([.. doc.Entities], [.. doc.Events], ToneLexicon.Default.Score(doc.Article.Title, doc.Article.Text)), null);
        }
        return analyses;
    }

    private sealed class Failures : Pipeline.IPipelineFailureListener
    {
        private List<(Text.Doc Doc, Exception Error)>? _failed;

        public void OnFailure(Text.Doc doc, Pipeline.IPipelineComponent component, Exception error)
        {
            if (error is OutOfMemoryException) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            (_failed ??= []).Add((doc, error));
        }

        public Exception? Of(Text.Doc doc) => _failed?.Find(f => ReferenceEquals(f.Doc, doc)).Error;
    }

    /// <summary>The outlet GDELT's NumSources counts: the URL's host, else the article's source, else the input.</summary>
    public static string OutletOf(Article article, string input)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..].ToLowerInvariant() : uri.Host.ToLowerInvariant();
        return article.Source ?? input;
    }

    private sealed record Analysis(IReadOnlyList<Understanding.Entities.EntityMention> Mentions, IReadOnlyList<Events.CodedEvent> Events, double Tone);

    private sealed record PendingArticle(Article Article, string Input, string Sighting, ArticleFingerprint Fingerprint);

    private sealed class Batch
    {
        public List<PendingArticle> Pending { get; } = [];
        public List<Sighting> Sightings { get; } = [];
        public Dictionary<string, HashSet<string>> Hashes { get; } = new(StringComparer.Ordinal);

        public void Clear()
        {
            Pending.Clear();
            Sightings.Clear();
            Hashes.Clear();
        }
    }
}
