using Annals.Knowledge;
using Annals.Store;
using Annals.Store.Sqlite;
using NodaTime;

namespace Annals.Benchmarks;

/// <summary>
/// The store alone: the corpus's batches, analysed once, committed into a new SQLite file per pass; CPU time per
/// article and the rows written.
/// </summary>
/// <remarks>
/// The ingest benchmark times the store inside a whole run; here nothing else runs, so a change to the store's
/// schema or statements shows in a figure that analysis does not blur.
/// </remarks>
internal static class StoreCommand
{
    public static int Run(string[] args)
    {
        var options = new Options(args);
        var runs = options.Int("runs", 5);
        var dir = options.Get("corpus") ?? Corpus.Resolve(null, "corpora/bbc-news-2225");
        var batchSize = options.Int("batch-size", new IngestOptions().BatchSize);
        var (batches, seconds) = E2eCommand.Time(() => RecordedBatches.Of(Corpus.BbcFiles(dir), KnowledgeBase.LoadEmbedded(), batchSize));
        var (articles, mentions, reports) = RecordedBatches.Rows(batches);
        Console.WriteLine($"analysed once in {Measure.F(seconds, 2)} s: {batches.Count} batches, {articles} articles, " +
                          $"{mentions} mentions, {reports} event reports");
        var folder = Directory.CreateTempSubdirectory("annals-bench-store-");
        try
        {
            var pass = 0;
            double Once() => CommitAll(Path.Combine(folder.FullName, $"pass{++pass}.db"), batches);
            Measure.WarmUp(() => Once(), seconds: 5, minPasses: 2);
            var cpu = new List<double>();
            for (var r = 0; r < runs; r++)
            {
                cpu.Add(Once());
                Console.WriteLine($"run {r + 1}: {Measure.F(cpu[^1] * 1e6 / articles, 0)} CPU µs/article");
            }
            var median = Measure.Median(cpu);
            var size = new FileInfo(Path.Combine(folder.FullName, $"pass{pass}.db")).Length;
            Console.WriteLine($"median of {runs}: {Measure.F(median * 1e6 / articles, 0)} CPU µs/article ({Measure.F(articles / median, 0)} articles per CPU-second); " +
                              $"file {Measure.F(size / 1048576.0)} MB; load average {Measure.F(Measure.LoadAverage(), 2)}");
            Measure.Emit(new()
            {
                ["tool"] = "annals", ["task"] = "store", ["articles"] = articles, ["mentions"] = mentions, ["event_reports"] = reports,
                ["cpu_us_per_article"] = Math.Round(median * 1e6 / articles, 1), ["file_mb"] = Math.Round(size / 1048576.0, 2),
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        return 0;
    }

    /// <summary>Commits every batch into a new store file and closes it; returns the CPU seconds the commits and the close took.</summary>
    /// <remarks>Closing folds the write-ahead log into the file (a last checkpoint): work the commits left, so it is counted.</remarks>
    private static double CommitAll(string path, IReadOnlyList<StoreBatch> batches)
    {
        Measure.Settle();
        var store = SqliteEventStore.Open(path, SystemClock.Instance);
        var runId = store.StartRun(SystemClock.Instance.GetCurrentInstant(), ["bench"]);
        var cpu = Measure.Cpu();
        foreach (var batch in batches) store.Commit(batch with { RunId = runId });
        store.Dispose();
        return Measure.Cpu() - cpu;
    }
}
