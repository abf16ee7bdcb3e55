using System.Diagnostics;
using Annals.Knowledge;
using Annals.Pipeline;
using Annals.Reading;
using Annals.Text;

namespace Annals.Benchmarks;

/// <summary>The full pipeline (read → understand → code) over a corpus on one thread: articles/s, tokens/s, peak memory, and where the time goes.</summary>
/// <remarks>
/// <c>--corpus DIR</c> reads every article file from disk inside the timed loop (a folder of .txt, .html, .jsonl ...);
/// <c>--reuters DIR [--limit N]</c> splits the Reuters SGML first (untimed, held in memory) and times reading each
/// newswire as a plain-text input. The knowledge base and pipeline are built once before timing and reported apart.
/// Articles are analysed as `annals ingest` does, in groups a component at a time (<c>--group-size N</c>, 1 for article
/// by article). The store is not a stage here: `annals ingest` measures reading, analysing and storing together (docs/PERFORMANCE.md).
/// </remarks>
internal static class E2eCommand
{
    public static int Run(string[] args)
    {
        var options = new Options(args);
        var runs = options.Int("runs", 3);
        var (kb, kbSeconds) = Time(KnowledgeBase.LoadEmbedded);
        var (pipeline, buildSeconds) = Time(() => AnnalsPipeline.CreateDefault(kb));
        // --no-language measures the upper bound of making language detection free (a hot spot in reading).
        var readers = new ArticleReaders(new ReadingOptions { DetectLanguage = !options.Flag("no-language") });
        Console.WriteLine($"start-up: knowledge base {Measure.F(kbSeconds, 2)} s, pipeline build (gazetteer, codebook) {Measure.F(buildSeconds, 2)} s; " +
                          $"peak RSS after start-up {Measure.F(Measure.PeakRssMb())} MB");

        Func<IEnumerable<Article>> source;
        string corpusName;
        if (options.Get("reuters") is { } reutersDir)
        {
            var limit = options.Int("limit", int.MaxValue);
            var sw = Stopwatch.StartNew();
            var wires = Corpus.Reuters(reutersDir, limit);
            var distinct = wires.Select(w => Convert.ToHexString(System.Security.Cryptography.SHA1.HashData(w.Bytes))).Distinct().Count();
            Console.WriteLine($"reuters: {wires.Count} newswires split from SGML in {Measure.F(sw.Elapsed.TotalSeconds, 2)} s (untimed), {distinct} distinct texts");
            corpusName = $"reuters-21578[{wires.Count}]";
            source = () => ReadWires(readers, wires);
        }
        else
        {
            var dir = options.Get("corpus") ?? Corpus.Resolve(null, "corpora/bbc-news-2225");
            var files = Corpus.BbcFiles(dir);
            corpusName = Path.GetFileName(Path.GetFullPath(dir).TrimEnd('/'));
            source = () => ReadFiles(readers, files);
        }

        var components = pipeline.Components;
        // As `annals ingest` analyses: groups of articles, a component at a time (Pipeline.Run over a list).
        var groupSize = options.Int("group-size", new Annals.Store.IngestOptions().GroupSize);
        var cold = RunOnce(components, source(), groupSize);
        Console.WriteLine($"first (cold) pass: {cold.Articles} articles in {Measure.F(cold.Seconds, 3)} s = {Measure.F(cold.Articles / cold.Seconds, 0)} articles/s (JIT, lazy tables, disk cache); not counted");
        Measure.WarmUp(() => RunOnce(components, source(), groupSize), Math.Max(0, 5 - cold.Seconds), minPasses: 1);
        var results = new List<RunResult>();
        // Printed once all runs are done, as in `ingest`: formatting between runs set the JIT to work during the next.
        for (var r = 0; r < runs; r++) results.Add(RunOnce(components, source(), groupSize));
        foreach (var (result, r) in results.Select((x, i) => (x, i)))
        {
            Console.WriteLine($"run {r + 1}: {result.Articles} articles, {result.Tokens} tokens in {Measure.F(result.Seconds, 3)} s (CPU {Measure.F(result.CpuSeconds, 3)} s) = " +
                              $"{Measure.F(result.Articles / result.Seconds, 0)} articles/s, {Measure.F(result.Tokens / result.Seconds, 0)} tokens/s; " +
                              $"{Measure.F(result.AllocatedBytes / (double)result.Articles / 1024, 0)} KB allocated per article, gen0/1/2 GCs {result.Gc0}/{result.Gc1}/{result.Gc2}, " +
                              $"GC pauses {Measure.F(result.GcPauseSeconds * 1000, 0)} ms ({Measure.F(100 * result.GcPauseSeconds / result.Seconds, 1)} %), JIT {Measure.F(result.JitMs, 0)} ms");
        }
        var median = Measure.Median(results.Select(x => x.Seconds).ToList());
        var cpuMedian = Measure.Median(results.Select(x => x.CpuSeconds).ToList());
        var last = results[^1];
        var perComponent = new Dictionary<string, double>();
        Console.WriteLine($"median of {runs}: {Measure.F(last.Articles / median, 0)} articles/s, {Measure.F(last.Tokens / median, 0)} tokens/s on one thread ({Measure.F(last.Articles / cpuMedian, 0)} per CPU-second); " +
                          $"peak RSS {Measure.F(Measure.PeakRssMb())} MB; load average {Measure.F(Measure.LoadAverage(), 2)}");
        Console.WriteLine($"found per article: {Measure.F(last.Entities / (double)last.Articles, 1)} entities, {Measure.F(last.Times / (double)last.Articles, 1)} times, {Measure.F(last.Events / (double)last.Articles, 2)} events");
        // Event coders are compared by sentences per second: the coder's own time, and the whole pipeline's per CPU-second.
        var coder = components.Select((c, i) => (c.Info.Name, i)).FirstOrDefault(c => c.Name.StartsWith("events.", StringComparison.Ordinal));
        var codingSentencesPerSecond = coder.Name is null ? 0 : last.Sentences / last.ComponentSeconds[coder.i];
        var sentencesPerCpuSecond = last.Sentences / cpuMedian;
        Console.WriteLine($"sentences: {last.Sentences} ({Measure.F(last.Sentences / (double)last.Articles, 1)} per article); event coding alone {Measure.F(codingSentencesPerSecond, 0)} sentences/s, " +
                          $"the whole pipeline {Measure.F(sentencesPerCpuSecond, 0)} sentences per CPU-second");
        Console.WriteLine("where the time goes (last run):");
        var total = last.Seconds;
        Console.WriteLine($"  {"read",-24} {Measure.F(last.ReadSeconds * 1000, 0),8} ms {Measure.F(100 * last.ReadSeconds / total, 1),5} %  {Measure.F(last.ReadSeconds * 1e6 / last.Articles, 1)} µs/article  {Measure.F(last.ReadBytes / 1024.0 / last.Articles, 1)} KB/article");
        for (var i = 0; i < components.Count; i++)
        {
            var s = last.ComponentSeconds[i];
            perComponent[components[i].Info.Name] = Math.Round(s * 1e6 / last.Articles, 1);
            Console.WriteLine($"  {components[i].Info.Name,-24} {Measure.F(s * 1000, 0),8} ms {Measure.F(100 * s / total, 1),5} %  {Measure.F(s * 1e6 / last.Articles, 1)} µs/article  {Measure.F(last.ComponentBytes[i] / 1024.0 / last.Articles, 1)} KB/article");
        }
        Measure.Emit(new()
        {
            ["tool"] = "annals", ["task"] = "e2e", ["group_size"] = groupSize, ["corpus"] = corpusName + (options.Flag("no-language") ? " (no language detection)" : ""), ["articles"] = last.Articles, ["tokens"] = last.Tokens,
            ["runs"] = results.Select(x => Math.Round(x.Seconds, 4)).ToArray(), ["seconds"] = Math.Round(median, 4), ["cold_s"] = Math.Round(cold.Seconds, 3),
            ["per_s"] = Math.Round(last.Articles / median, 1), ["per_cpu_s"] = Math.Round(last.Articles / cpuMedian, 1), ["tokens_per_s"] = Math.Round(last.Tokens / median, 0),
            ["sentences"] = last.Sentences, ["coding_sentences_per_s"] = Math.Round(codingSentencesPerSecond, 0), ["sentences_per_cpu_s"] = Math.Round(sentencesPerCpuSecond, 0),
            ["kb_load_s"] = Math.Round(kbSeconds, 3), ["pipeline_build_s"] = Math.Round(buildSeconds, 3),
            ["read_us_per_article"] = Math.Round(last.ReadSeconds * 1e6 / last.Articles, 1),
            ["us_per_article"] = perComponent,
            ["alloc_kb_per_article"] = Math.Round(last.AllocatedBytes / (double)last.Articles / 1024, 1),
            ["gc_pause_share"] = Math.Round(last.GcPauseSeconds / last.Seconds, 3),
            ["jit_ms_timed"] = Math.Round(results.Sum(x => x.JitMs), 1),
        });
        return 0;
    }

    /// <summary>Only the one-off start-up: knowledge base load and pipeline build, each in a fresh process when called so.</summary>
    public static int KbLoad(string[] args)
    {
        _ = args;
        var (kb, kbSeconds) = Time(KnowledgeBase.LoadEmbedded);
        var (_, buildSeconds) = Time(() => AnnalsPipeline.CreateDefault(kb));
        Console.WriteLine($"knowledge base {Measure.F(kbSeconds, 3)} s, pipeline build {Measure.F(buildSeconds, 3)} s, peak RSS {Measure.F(Measure.PeakRssMb())} MB");
        Measure.Emit(new() { ["tool"] = "annals", ["task"] = "startup", ["kb_load_s"] = kbSeconds, ["pipeline_build_s"] = buildSeconds });
        return 0;
    }

    internal sealed class RunResult
    {
        public int Articles;
        public long Tokens;
        public long Sentences;
        public long Entities;
        public long Times;
        public long Events;
        public double Seconds;
        public double CpuSeconds;
        public double ReadSeconds;
        public double[] ComponentSeconds = [];
        public long[] ComponentBytes = [];
        public long ReadBytes;
        public long AllocatedBytes;
        public int Gc0;
        public int Gc1;
        public int Gc2;
        public double GcPauseSeconds;
        public double JitMs;
    }

    // Runs the components as Pipeline.Run does over groups of `groupSize` articles (a component at a time over the group;
    // 1 is article by article), with a clock around each component: the per-stage breakdown.
    private static RunResult RunOnce(IReadOnlyList<IPipelineComponent> components, IEnumerable<Article> articles, int groupSize)
    {
        Measure.Settle();
        var result = new RunResult { ComponentSeconds = new double[components.Count] };
        var ticks = new long[components.Count];
        var bytes = new long[components.Count];
        long readBytes = 0;
        long readTicks = 0;
        var gc0 = GC.CollectionCount(0);
        var gc1 = GC.CollectionCount(1);
        var gc2 = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var pause = GC.GetTotalPauseDuration();
        var jit = Measure.JitMs();
        var cpu = Measure.Cpu();
        var start = Stopwatch.GetTimestamp();
        using var e = articles.GetEnumerator();
        var group = new List<Doc>(groupSize);
        var more = true;
        while (more)
        {
            group.Clear();
            var t = Stopwatch.GetTimestamp();
            var b = GC.GetAllocatedBytesForCurrentThread();
            while (group.Count < groupSize && (more = e.MoveNext())) group.Add(new Doc(e.Current));
            var now = Stopwatch.GetTimestamp();
            var allocatedSoFar = GC.GetAllocatedBytesForCurrentThread();
            readTicks += now - t;
            readBytes += allocatedSoFar - b;
            (t, b) = (now, allocatedSoFar);
            for (var i = 0; i < components.Count; i++)
            {
                foreach (var doc in group) components[i].Process(doc);
                now = Stopwatch.GetTimestamp();
                allocatedSoFar = GC.GetAllocatedBytesForCurrentThread();
                ticks[i] += now - t;
                bytes[i] += allocatedSoFar - b;
                (t, b) = (now, allocatedSoFar);
            }
            foreach (var doc in group)
            {
                result.Articles++;
                result.Tokens += doc.TokenCount;
                result.Sentences += doc.SentenceCount;
                result.Entities += doc.Entities.Count;
                result.Times += doc.Times.Count;
                result.Events += doc.Events.Count;
            }
        }
        result.Seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        result.CpuSeconds = Measure.Cpu() - cpu;
        result.JitMs = Measure.JitMs() - jit;
        result.ReadSeconds = readTicks / (double)Stopwatch.Frequency;
        for (var i = 0; i < ticks.Length; i++) result.ComponentSeconds[i] = ticks[i] / (double)Stopwatch.Frequency;
        result.ComponentBytes = bytes;
        result.ReadBytes = readBytes;
        result.AllocatedBytes = GC.GetTotalAllocatedBytes(precise: false) - allocated;
        result.GcPauseSeconds = (GC.GetTotalPauseDuration() - pause).TotalSeconds;
        result.Gc0 = GC.CollectionCount(0) - gc0;
        result.Gc1 = GC.CollectionCount(1) - gc1;
        result.Gc2 = GC.CollectionCount(2) - gc2;
        return result;
    }

    private static IEnumerable<Article> ReadFiles(ArticleReaders readers, string[] files)
    {
        foreach (var file in files)
            foreach (var item in readers.ReadFile(file))
                if (item.Kind == ReadItemKind.Article) yield return item.Article!;
    }

    private static IEnumerable<Article> ReadWires(ArticleReaders readers, List<Corpus.Newswire> wires)
    {
        foreach (var wire in wires)
        {
            foreach (var item in readers.Read(wire.Name, wire.Bytes))
            {
                if (item.Kind != ReadItemKind.Article) continue;
                var article = item.Article!;
                yield return article.Published is null ? article with { Published = new PublicationDate(wire.Date) } : article;
            }
        }
    }

    internal static (T Value, double Seconds) Time<T>(Func<T> f)
    {
        var sw = Stopwatch.StartNew();
        var value = f();
        return (value, sw.Elapsed.TotalSeconds);
    }
}
