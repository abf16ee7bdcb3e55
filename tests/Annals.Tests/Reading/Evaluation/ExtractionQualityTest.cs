using Annals.Tests.Support;
using System.Text.RegularExpressions;
using System.Text.Json;
using Annals.Reading.Html;
using Xunit.Abstractions;

namespace Annals.Tests.Reading.Evaluation;

/// <summary>Main-text extraction on the shared benchmark sets; prints the figures and guards a floor just below them.</summary>
/// <remarks>Full sets: <c>ANNALS_EVAL_FULL=1 dotnet test --filter "FullyQualifiedName~Reading.Evaluation"</c>.</remarks>
public class ExtractionQualityTest(ITestOutputHelper output)
{
    [Fact]
    public void Main_text_F1_on_the_article_extraction_benchmark_stays_above_its_floor()
    {
        if (!SharedData.TryGet("extraction/aeb-scrapinghub", out var dir)) return;
        using var truthJson = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "ground-truth.json")));
        var pages = truthJson.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        double sumP = 0, sumR = 0;
        var count = 0;
        foreach (var page in SharedData.Sample(pages, 2))
        {
            var file = Path.Combine(dir, "html", page.Name + ".html.gz");
            var html = PageFiles.Read(file);
            var url = page.Value.GetProperty("url").GetString();
            var article = HtmlPageReader.Read(file, html, url);
            var truth = page.Value.GetProperty("articleBody").GetString() ?? "";
            var (p, r) = ShingleScore.Score(article?.Text ?? "", truth);
            sumP += p;
            sumR += r;
            count++;
        }
        var precision = sumP / count;
        var recall = sumR / count;
        var f1 = ShingleScore.F1(precision, recall);
        output.WriteLine($"AEB main text, {count} pages: P {precision:F3} R {recall:F3} F1 {f1:F3} (trafilatura 0.958, Readability.js 0.947, readability-lxml 0.922)");
        Assert.True(f1 >= Floors.Aeb, $"F1 {f1:F3} fell below {Floors.Aeb}");
    }

    [Fact]
    public void Word_F1_on_the_WCXB_article_pages_stays_above_its_floor()
    {
        if (!SharedData.TryGet("extraction/wcxb-dev/dev-article", out var dir)) return;
        var files = Directory.GetFiles(Path.Combine(dir, "ground-truth"), "*.json").Order(StringComparer.Ordinal);
        double sumP = 0, sumR = 0;
        var count = 0;
        foreach (var file in SharedData.Sample(files, 16))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            // One ground-truth record of the set names no page (no file_id or url): nothing to score.
            if (!json.RootElement.TryGetProperty("file_id", out var fileId) || !json.RootElement.TryGetProperty("url", out _)) continue;
            var id = fileId.GetString();
            var html = Path.Combine(dir, "html", id + ".html.gz");
            if (!File.Exists(html)) continue;
            if (!json.RootElement.TryGetProperty("ground_truth", out var groundTruth) || !groundTruth.TryGetProperty("main_content", out var mainContent)) continue;
            var truth = mainContent.GetString() ?? "";
            var article = HtmlPageReader.Read(html, PageFiles.Read(html), json.RootElement.GetProperty("url").GetString());
            var (p, r) = WordScore(article?.Text ?? "", truth);
            sumP += p;
            sumR += r;
            count++;
        }
        var precision = sumP / count;
        var recall = sumR / count;
        var f1 = ShingleScore.F1(precision, recall);
        output.WriteLine($"WCXB dev articles, {count} pages: word P {precision:F3} R {recall:F3} F1 {f1:F3} (trafilatura 0.926, Readability 0.825)");
        Assert.True(f1 >= Floors.Wcxb, $"F1 {f1:F3} fell below {Floors.Wcxb}");
    }

    // Bag-of-words precision and recall, per page.
    private static (double, double) WordScore(string predicted, string truth) => ShingleScore.Score(predicted, truth, 1);
}
