using Annals.Tests.Support;
using System.Text.Json;
using Annals.Reading.Html;
using NodaTime.Text;
using Xunit.Abstractions;

namespace Annals.Tests.Reading.Evaluation;

/// <summary>Publication dates on the htmldate evaluation pages: right to the day.</summary>
public class DateQualityTest(ITestOutputHelper output)
{
    [Fact]
    public void Publication_date_accuracy_on_the_htmldate_pages_stays_above_its_floor()
    {
        if (!SharedData.TryGet("extraction/htmldate-eval", out var root)) return;
        var cases = new List<(string File, string Url, string Date)>();
        foreach (var (folder, index) in new[] { ("default", "eval_default.json"), ("mediacloud-2020", "eval_mediacloud_2020.json") })
        {
            // The index was written by Python: NaN stands for "no date".
            var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Path.Combine(root, folder, index)), @"\bNaN\b", "null");
            using var json = JsonDocument.Parse(text);
            foreach (var p in json.RootElement.EnumerateObject())
                if (p.Value.GetProperty("date").ValueKind == JsonValueKind.String && p.Value.GetProperty("file").ValueKind == JsonValueKind.String)
                    cases.Add((Path.Combine(root, folder, "html", p.Value.GetProperty("file").GetString()! + ".gz"), p.Name, p.Value.GetProperty("date").GetString()!));
        }
        int right = 0, found = 0, total = 0;
        foreach (var (file, url, date) in SharedData.Sample(cases, 4))
        {
            if (!File.Exists(file)) continue;
            total++;
            if (HtmlPageReader.ReadMetadata(PageFiles.Read(file), url).Published is not { } published) continue;
            found++;
            if (LocalDatePattern.Iso.Format(published.Date) == date) right++;
        }
        var accuracy = (double)right / total;
        var precision = found == 0 ? 0 : (double)right / found;
        // As htmldate counts: a wrong date is a false positive, an undated page a false negative.
        var recall = (double)right / (right + total - found);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        output.WriteLine($"htmldate-eval, {total} pages: right to the day {accuracy:F3}; dated {found}, of which right {precision:F3}; F1 {f1:F3} (htmldate 0.949 F1, acc 0.903; newspaper4k 0.810 F1)");
        Assert.True(accuracy >= Floors.Dates, $"accuracy {accuracy:F3} fell below {Floors.Dates}");
    }
}
