using System.Diagnostics;
using System.Text.Json;
using Annals.Reading.Charsets;
using Annals.Reading.Html;

namespace Annals.Benchmarks;

/// <summary>Main-text extraction on the AEB pages: pages/s (decoding and extraction timed; gunzip and disk not), peak memory, 4-word-shingle F1 against the ground truth.</summary>
internal static class ExtractCommand
{
    public static int Run(string[] args)
    {
        var options = new Options(args);
        var runs = options.Int("runs", 3);
        var dir = options.Get("aeb") ?? Corpus.Resolve(null, "extraction/aeb-scrapinghub");
        using var truthJson = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "ground-truth.json")));
        var pages = truthJson.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (Id: p.Name, Url: p.Value.GetProperty("url").GetString(), Truth: p.Value.GetProperty("articleBody").GetString() ?? "",
                Bytes: Corpus.ReadBytes(Path.Combine(dir, "html", p.Name + ".html.gz"))))
            .ToList();
        var texts = new string[pages.Count];
        void Pass()
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var html = CharsetDetector.Decode(pages[i].Bytes);
                texts[i] = HtmlPageReader.Read(pages[i].Id, html, pages[i].Url)?.Text ?? "";
            }
        }
        var cold = Measure.WarmUp(Pass);
        var seconds = new List<double>();
        var cpuSeconds = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            var sw = Stopwatch.StartNew();
            var cpu = Measure.Cpu();
            Pass();
            seconds.Add(sw.Elapsed.TotalSeconds);
            cpuSeconds.Add(Measure.Cpu() - cpu);
        }
        double sumP = 0, sumR = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            var (p, rec) = ShingleScore.Score(texts[i], pages[i].Truth);
            sumP += p;
            sumR += rec;
        }
        var precision = sumP / pages.Count;
        var recall = sumR / pages.Count;
        var f1 = ShingleScore.F1(precision, recall);
        var median = Measure.Median(seconds);
        var cpuMedian = Measure.Median(cpuSeconds);
        Console.WriteLine($"annals extract {pages.Count} pages: first (cold) pass {Measure.F(cold, 2)} s; median {Measure.F(median, 3)} s = {Measure.F(pages.Count / median, 1)} pages/s; " +
                          $"P {Measure.F(precision, 3)} R {Measure.F(recall, 3)} F1 {Measure.F(f1, 3)}; peak RSS {Measure.F(Measure.PeakRssMb())} MB");
        Measure.Emit(new()
        {
            ["tool"] = "annals", ["task"] = "extract", ["corpus"] = "aeb-scrapinghub", ["articles"] = pages.Count,
            ["runs"] = seconds.Select(s => Math.Round(s, 4)).ToArray(), ["seconds"] = Math.Round(median, 4), ["cold_s"] = Math.Round(cold, 3),
            ["per_s"] = Math.Round(pages.Count / median, 2), ["per_cpu_s"] = Math.Round(pages.Count / cpuMedian, 2), ["precision"] = Math.Round(precision, 4),
            ["recall"] = Math.Round(recall, 4), ["f1"] = Math.Round(f1, 4),
        });
        return 0;
    }
}
