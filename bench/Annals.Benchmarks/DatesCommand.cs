using System.Diagnostics;
using Annals.Pipeline;
using Annals.Reading;
using Annals.Understanding.Times;

namespace Annals.Benchmarks;

/// <summary>Date expressions on TempEval-3 (AQUAINT): documents/s for tokenising and resolving, and the project's own TempEval scoring.</summary>
internal static class DatesCommand
{
    public static int Run(string[] args)
    {
        var options = new Options(args);
        var runs = options.Int("runs", 5);
        var dir = options.Get("tempeval") ?? Corpus.Resolve(null, "time/tempeval3-aquaint");
        var files = Directory.GetFiles(dir, "*.tml", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var documents = files.Select(TempEvalDocument.Load).ToList();
        var articles = documents.Select(d => new Article
        {
            Id = d.Id,
            Text = d.Text,
            Published = d.Created is { } created ? new PublicationDate(created) : null,
            Format = ArticleFormat.Text,
        }).ToList();
        var pipeline = new PipelineBuilder().UseTokenizer().UseTimes().Build();
        var cold = Measure.WarmUp(() => { foreach (var article in articles) pipeline.Run(article); });
        var seconds = new List<double>();
        var cpuSeconds = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            var sw = Stopwatch.StartNew();
            var cpu = Measure.Cpu();
            foreach (var article in articles) pipeline.Run(article);
            seconds.Add(sw.Elapsed.TotalSeconds);
            cpuSeconds.Add(Measure.Cpu() - cpu);
        }
        var median = Measure.Median(seconds);
        var cpuMedian = Measure.Median(cpuSeconds);
        var report = TempEvalScorer.Score(documents);
        var valueRecall = report.Gold == 0 ? 0 : (double)report.ValueHits / report.Gold;
        Console.WriteLine($"annals dates {documents.Count} docs: first (cold) pass {Measure.F(cold * 1000, 1)} ms; median {Measure.F(median * 1000, 1)} ms = {Measure.F(documents.Count / median, 0)} docs/s; {report}; " +
                          $"correct values / gold {Measure.F(valueRecall, 3)}");
        Measure.Emit(new()
        {
            ["tool"] = "annals", ["task"] = "dates", ["corpus"] = "tempeval3-aquaint", ["articles"] = documents.Count,
            ["runs"] = seconds.Select(s => Math.Round(s, 5)).ToArray(), ["seconds"] = Math.Round(median, 5), ["cold_s"] = Math.Round(cold, 4),
            ["per_s"] = Math.Round(documents.Count / median, 1), ["per_cpu_s"] = Math.Round(documents.Count / cpuMedian, 1), ["gold"] = report.Gold, ["found"] = report.Found,
            ["relaxed_hits"] = report.RelaxedHits, ["value_hits"] = report.ValueHits,
            ["relaxed_recall"] = Math.Round(report.RelaxedRecall, 4), ["relaxed_precision"] = Math.Round(report.RelaxedPrecision, 4),
            ["value_accuracy"] = Math.Round(report.ValueAccuracy, 4), ["value_recall"] = Math.Round(valueRecall, 4),
        });
        return 0;
    }
}
