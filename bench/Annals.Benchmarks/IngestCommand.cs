using System.Diagnostics;
using Annals.Knowledge;
using Annals.Pipeline;
using Annals.Reading;
using Annals.Store;
using Annals.Store.Sqlite;
using NodaTime;

namespace Annals.Benchmarks;

/// <summary>
/// The whole job as <c>annals ingest</c> does it — read from disk → understand → code → store in SQLite — on one
/// thread, or with <c>--parallelism N</c> analysing each batch on N threads as the command does: articles per second
/// and per CPU-second, peak memory, and the share the store takes.
/// </summary>
/// <remarks>
/// Every pass ingests the corpus into a new, empty store file (a second pass into the same file would store
/// nothing: ingest is idempotent). Opening the file and applying the schema are outside the timed part; the
/// commits, including their fsyncs under WAL with <c>synchronous=NORMAL</c>, and closing the file (its last
/// checkpoint) are inside it.
/// </remarks>
internal static class IngestCommand
{
    public static int Run(string[] args)
    {
        var options = new Options(args);
        var runs = options.Int("runs", 3);
        var dir = options.Get("corpus") ?? Corpus.Resolve(null, "corpora/bbc-news-2225");
        var files = Corpus.BbcFiles(dir);
        var corpusName = Path.GetFileName(Path.GetFullPath(dir).TrimEnd('/'));
        var (kb, kbSeconds) = E2eCommand.Time(KnowledgeBase.LoadEmbedded);
        var (pipeline, buildSeconds) = E2eCommand.Time(() => AnnalsPipeline.CreateForIngest(kb));
        var readers = new ArticleReaders(new ReadingOptions());
        var parallelism = options.Int("parallelism", 1);
        var defaults = new IngestOptions();
        var ingestOptions = new IngestOptions
        {
            Parallelism = parallelism,
            BatchSize = options.Int("batch-size", defaults.BatchSize),
            GroupSize = options.Int("group-size", defaults.GroupSize),
        };
        var folder = Directory.CreateTempSubdirectory("annals-bench-ingest-");
        Console.WriteLine($"start-up: knowledge base {Measure.F(kbSeconds, 2)} s, pipeline build {Measure.F(buildSeconds, 2)} s; stores in {folder.FullName}");
        try
        {
            var pass = 0;
            Pass Once() => IngestOnce(Path.Combine(folder.FullName, $"pass{++pass}.db"), pipeline, readers, files, ingestOptions);
            var cold = Once();
            Console.WriteLine($"first (cold) pass: {cold.Summary.Stored} stored in {Measure.F(cold.Seconds, 3)} s; not counted");
            Measure.WarmUp(() => Once(), Math.Max(0, 5 - cold.Seconds), minPasses: 1);
            var results = new List<Pass>();
            // The runs are printed once all are done: formatting the first run's line between two runs had the JIT
            // compiling the formatting code again, optimised, during the second (some 90 ms of CPU).
            for (var r = 0; r < runs; r++) results.Add(Once());
            foreach (var (result, r) in results.Select((x, i) => (x, i)))
            {
                Console.WriteLine($"run {r + 1}: read {result.Summary.Read}, stored {result.Summary.Stored} ({result.Summary.Duplicates} duplicates, {result.Summary.EventMentions} event reports) " +
                                  $"in {Measure.F(result.Seconds, 3)} s (CPU {Measure.F(result.CpuSeconds, 3)} s), of which the store {Measure.F(result.StoreSeconds, 3)} s; {result.Gc}; JIT {Measure.F(result.JitMs, 0)} ms");
            }
            var median = Measure.Median(results.Select(x => x.Seconds).ToList());
            var cpuMedian = Measure.Median(results.Select(x => x.CpuSeconds).ToList());
            var storeMedian = Measure.Median(results.Select(x => x.StoreSeconds).ToList());
            var read = results[^1].Summary.Read;
            Console.WriteLine($"median of {runs}: {Measure.F(read / median, 0)} articles/s ({Measure.F(read / cpuMedian, 0)} per CPU-second), " +
                              $"store {Measure.F(storeMedian * 1e6 / read, 0)} µs/article; peak RSS {Measure.F(Measure.PeakRssMb())} MB; load average {Measure.F(Measure.LoadAverage(), 2)}");
            Measure.Emit(new()
            {
                ["tool"] = "annals", ["task"] = parallelism == 1 ? "ingest" : $"ingest-{parallelism}", ["corpus"] = corpusName, ["articles"] = read, ["stored"] = results[^1].Summary.Stored,
                ["runs"] = results.Select(x => Math.Round(x.Seconds, 4)).ToArray(), ["seconds"] = Math.Round(median, 4), ["cold_s"] = Math.Round(cold.Seconds, 3),
                ["per_s"] = Math.Round(read / median, 1), ["per_cpu_s"] = Math.Round(read / cpuMedian, 1),
                ["store_us_per_article"] = Math.Round(storeMedian * 1e6 / read, 1),
                ["jit_ms_timed"] = Math.Round(results.Sum(x => x.JitMs), 1),
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        return 0;
    }

    private sealed record Pass(IngestSummary Summary, double Seconds, double CpuSeconds, double StoreSeconds, GcUse Gc, double JitMs);

    private static Pass IngestOnce(string path, Pipeline.Pipeline pipeline, ArticleReaders readers, string[] files, IngestOptions options)
    {
        Measure.Settle();
        var store = new TimedStore(SqliteEventStore.Open(path, SystemClock.Instance));
        var ingester = new StoreIngester(store, pipeline, SystemClock.Instance, options);
        var gc = GcUse.Now();
        var jit = Measure.JitMs();
        var cpu = Measure.Cpu();
        var start = Stopwatch.GetTimestamp();
        var summary = ingester.Run(files, readers.ReadFile);
        // Closing folds the write-ahead log into the file (a last checkpoint): part of the job.
        store.Dispose();
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return new Pass(summary, seconds, Measure.Cpu() - cpu, store.Seconds, GcUse.Now() - gc, Measure.JitMs() - jit);
    }

    /// <summary>Counts the time of the calls that reach the database, so the store's share of an ingest can be told apart.</summary>
    /// <remarks>
    /// Commits (one per batch) are charged the process's CPU time (the ingest runs on one thread); the per-article
    /// lookups a clock's time instead, because asking the kernel for CPU time twice per article would cost more
    /// than the lookup.
    /// </remarks>
    private sealed class TimedStore(IEventStore inner) : IEventStore
    {
        private double _cpu;
        private long _lookupTicks;

        public double Seconds => _cpu + _lookupTicks / (double)Stopwatch.Frequency;
        public string Location => inner.Location;

        public ArticleLookup FindArticle(string contentHash, string sighting)
        {
            var t = Stopwatch.GetTimestamp();
            try { return inner.FindArticle(contentHash, sighting); }
            finally { _lookupTicks += Stopwatch.GetTimestamp() - t; }
        }

        public IReadOnlyList<ArticleFingerprint> Originals() => Timed(inner.Originals);
        public long StartRun(Instant started, IReadOnlyList<string> inputs) => Timed(() => inner.StartRun(started, inputs));
        public void Commit(StoreBatch batch) => Timed(() => { inner.Commit(batch); return 0; });
        public void FinishRun(long runId, Instant finished, IngestSummary summary) => Timed(() => { inner.FinishRun(runId, finished, summary); return 0; });
        public IReadOnlyList<StoredEvent> Events(EventQuery query) => inner.Events(query);
        public StoreCounts Counts() => inner.Counts();
        public IReadOnlyList<RootMonthCount> CountByRootAndMonth(EventQuery query) => inner.CountByRootAndMonth(query);
        public IReadOnlyList<IReadOnlyList<string>> ExactDuplicateGroups() => inner.ExactDuplicateGroups();
        public IReadOnlyList<(string Article, string Original)> NearDuplicates() => inner.NearDuplicates();
        public void Dispose() => Timed(() => { inner.Dispose(); return 0; });

        private T Timed<T>(Func<T> call)
        {
            var cpu = Measure.Cpu();
            try { return call(); }
            finally { _cpu += Measure.Cpu() - cpu; }
        }
    }
}

/// <summary>What the garbage collector did over a stretch of the run: collections per generation and the time the program was paused.</summary>
internal readonly record struct GcUse(int Gen0, int Gen1, int Gen2, double PauseSeconds, long AllocatedBytes)
{
    public static GcUse Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
        GC.GetTotalPauseDuration().TotalSeconds, GC.GetTotalAllocatedBytes());

    public static GcUse operator -(GcUse a, GcUse b) =>
        new(a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.PauseSeconds - b.PauseSeconds, a.AllocatedBytes - b.AllocatedBytes);

    public override string ToString() =>
        $"GC {Gen0}/{Gen1}/{Gen2} collections (gen 0/1/2), paused {Measure.F(PauseSeconds, 3)} s, allocated {Measure.F(AllocatedBytes / 1048576.0, 0)} MB";
}
