using System.Diagnostics;
using System.Runtime;
using Annals.Events;
using Annals.Knowledge;
using Annals.Pipeline;
using Annals.Reading;
using Annals.Understanding.Times;

namespace Annals.Benchmarks;

/// <summary>The event coder alone, over documents the earlier stages prepared once: CPU µs per article, with no collection inside the timed loop.</summary>
/// <remarks>
/// The e2e command's per-stage times are one run's wall clock, and on a shared machine they swing by a tenth from run to
/// run, more than most changes to the coder are worth. Here every pass codes the same prepared documents, a collection
/// cannot fall inside the pass, and the fastest pass is reported: the coder's own cost, steady to a few per cent.
/// Its allocations are reported beside it, since in the pipeline they are paid for in collections.
/// </remarks>
internal static class CoderCommand
{
    public static int Run(string[] args)
    {
        var options = new Options(args);
        var runs = options.Int("runs", 9);
        var dir = options.Get("corpus") ?? Corpus.Resolve(null, "corpora/bbc-news-2225");
        var kb = KnowledgeBase.LoadEmbedded();
        var prepare = new PipelineBuilder().UseTokenizer().UseEntities(kb).UseTimes().Build();
        var coder = new EventCoderComponent(knowledge: kb);
        var docs = Corpus.BbcFiles(dir)
            .Select(f => prepare.Run(new Article { Id = Path.GetFileName(f), Text = File.ReadAllText(f), Format = ArticleFormat.Text }))
            .ToList();
        var passes = new List<double>();
        long allocated = 0;
        // The first pass warms the JIT and the coder's tables; it is not counted.
        for (var r = 0; r <= runs; r++)
        {
            foreach (var doc in docs) doc.Events.Clear();
            GC.Collect();
            var noCollection = GC.TryStartNoGCRegion(200_000_000);
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var doc in docs) coder.Process(doc);
            var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
            if (noCollection && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
            if (r > 0) passes.Add(spent.TotalMicroseconds / docs.Count);
        }
        passes.Sort();
        var events = docs.Sum(d => d.Events.Count);
        Console.WriteLine($"coder: {docs.Count} articles, {events} events; fastest of {runs} passes {passes[0]:F1} CPU µs/article (median {passes[runs / 2]:F1}); {allocated / 1024.0 / docs.Count:F1} KB allocated per article");
        return 0;
    }
}
