using Annals.Tests.Support;
using System.Text.Json;
using Annals.Reading.Html;
using NodaTime.Text;
using Xunit.Abstractions;

namespace Annals.Tests.Reading.Evaluation;

/// <summary>Title, byline and publication time on Mozilla Readability's test pages.</summary>
public class MetadataQualityTest(ITestOutputHelper output)
{
    [Fact]
    public void Title_byline_and_date_agreement_on_the_readability_pages_stays_above_its_floor()
    {
        if (!SharedData.TryGet("extraction/readability-testpages/pages", out var root)) return;
        int titles = 0, titleRight = 0, bylines = 0, bylineRight = 0, dates = 0, dateRight = 0;
        foreach (var dir in SharedData.Sample(Directory.GetDirectories(root).Order(StringComparer.Ordinal), 2))
        {
            var metaFile = Path.Combine(dir, "expected-metadata.json");
            var source = Path.Combine(dir, "source.html");
            if (!File.Exists(metaFile) || !File.Exists(source)) continue;
            using var meta = JsonDocument.Parse(File.ReadAllBytes(metaFile));
            var article = HtmlPageReader.Read(source, PageFiles.Read(source));
            if (Str(meta, "title") is { } title)
            {
                titles++;
                if (Same(title, article?.Title)) titleRight++;
            }
            if (Str(meta, "byline") is { } byline)
            {
                bylines++;
                if (article?.Author is { } a && (Same(byline, a) || Norm(byline).Contains(Norm(a), StringComparison.Ordinal))) bylineRight++;
            }
            if (Str(meta, "publishedTime") is { } time)
            {
                dates++;
                if (article?.Published is { } p && time.StartsWith(LocalDatePattern.Iso.Format(p.Date), StringComparison.Ordinal)) dateRight++;
            }
        }
        output.WriteLine($"readability test pages: title {titleRight}/{titles}, byline {bylineRight}/{bylines}, published date {dateRight}/{dates} (Readability.js's own expectations)");
        Assert.True((double)titleRight / titles >= Floors.Titles);
    }

    private static string? Str(JsonDocument d, string name) =>
        d.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static bool Same(string a, string? b) => b is not null && Norm(a) == Norm(b);

    private static string Norm(string s) => string.Join(' ', s.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
