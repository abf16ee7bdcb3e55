using Annals.Tests.Support;
using System.Text.Json;
using System.Text.RegularExpressions;
using Annals.Reading;
using Annals.Reading.Feeds;
using Annals.Reading.Html;
using NodaTime.Text;
using Xunit.Abstractions;

namespace Annals.Tests.Reading.Evaluation;

/// <summary>Feed conformance against gofeed's expected parses, and robustness on node-feedparser's real feeds.</summary>
public partial class FeedConformanceTest(ITestOutputHelper output)
{
    [Fact]
    public void Items_and_their_title_link_date_and_content_match_gofeeds_expected_parses()
    {
        if (!SharedData.TryGet("feeds/gofeed-testdata/parser", out var root)) return;
        int feeds = 0, parsed = 0, countRight = 0, compared = 0, matched = 0;
        var misses = new List<string>();
        var fieldMisses = new Dictionary<string, List<string>>();
        var fieldCompared = new Dictionary<string, int>();
        foreach (var xml in new[] { "rss", "atom" }.SelectMany(d => Directory.GetFiles(Path.Combine(root, d), "*.xml")).Order(StringComparer.Ordinal))
        {
            var expectedFile = Path.ChangeExtension(xml, ".json");
            if (!File.Exists(expectedFile)) continue;
            feeds++;
            using var expected = JsonDocument.Parse(File.ReadAllBytes(expectedFile));
            using var stream = File.OpenRead(xml);
            var entries = FeedParser.Parse(xml, stream).ToList();
            if (entries.Any(e => e.Fatal))
            {
                misses.Add($"{Path.GetFileName(xml)}: {entries.First(e => e.Fatal).Error}");
                continue;
            }
            parsed++;
            var items = entries.Where(e => e.Item is not null).Select(e => e.Item!).ToList();
            var want = expected.RootElement.TryGetProperty("items", out var i) ? i : expected.RootElement.TryGetProperty("entries", out var en) ? en : default;
            var wantItems = want.ValueKind == JsonValueKind.Array ? want.EnumerateArray().ToList() : [];
            if (wantItems.Count == items.Count) countRight++;
            else misses.Add($"{Path.GetFileName(xml)}: {items.Count} items, expected {wantItems.Count}");
            for (var k = 0; k < Math.Min(items.Count, wantItems.Count); k++)
            {
                foreach (var (field, ours, theirs) in Fields(items[k], wantItems[k]))
                {
                    if (theirs is null) continue;
                    compared++;
                    fieldCompared[field] = fieldCompared.GetValueOrDefault(field) + 1;
                    if (Collapse(ours) == Collapse(theirs)) matched++;
                    else (fieldMisses.TryGetValue(field, out var list) ? list : fieldMisses[field] = []).Add($"{Path.GetFileName(xml)}: '{ours}' vs '{theirs}'");
                }
            }
        }
        var fieldRate = (double)matched / compared;
        output.WriteLine($"gofeed parser tests: {parsed}/{feeds} feeds parsed, item counts right in {countRight}; fields (title, link, date, content) matching {matched}/{compared} = {fieldRate:F3}");
        foreach (var m in misses) output.WriteLine("  " + m);
        foreach (var (field, n) in fieldCompared)
        {
            var missed = fieldMisses.GetValueOrDefault(field) ?? [];
            output.WriteLine($"{field}: {n - missed.Count}/{n} match");
            foreach (var m in missed.Take(30)) output.WriteLine("  " + m);
        }
        // gofeed reads every one of its tests; so must we, item for item.
        Assert.Equal(feeds, parsed);
        Assert.Equal(feeds, countRight);
        Assert.True(fieldRate >= Floors.FeedFields);
    }

    [Fact]
    public void Every_real_feed_is_read_or_rejected_with_a_clear_message()
    {
        if (!SharedData.TryGet("feeds/node-feedparser-feeds", out var root)) return;
        var readers = new ArticleReaders();
        int read = 0, rejected = 0, articles = 0;
        foreach (var file in Directory.GetFiles(root).Where(f => !f.EndsWith("LICENSE") && !f.EndsWith(".txt")).Order(StringComparer.Ordinal))
        {
            var items = readers.ReadFile(file).ToList();
            var failure = items.FirstOrDefault(x => x.Kind == ReadItemKind.Failed);
            var got = items.Count(x => x.Kind == ReadItemKind.Article);
            articles += got;
            if (failure is not null)
            {
                rejected++;
                Assert.Matches(@"E\d{3} ", failure.Error!.ToString());
            }
            else
            {
                read++;
            }
            output.WriteLine($"{Path.GetFileName(file)}: {got} articles{(failure is null ? "" : "; " + failure.Error)}{string.Concat(items.Where(x => x.Kind == ReadItemKind.Skipped).Select(x => "; skipped " + x.Error))}");
        }
        output.WriteLine($"node-feedparser feeds: {read} read ({articles} articles), {rejected} rejected with a message");
        Assert.True(read >= 29);
    }

    private static IEnumerable<(string Field, string? Ours, string? Theirs)> Fields(FeedItem item, JsonElement want)
    {
        // Our title is text already; gofeed's is the element's content, which renders as HTML.
        yield return ("title", item.Title, Str(want, "title") is { } title ? FeedParser.Plain(title) ?? "" : null);
        var link = Str(want, "link");
        if (link is null && want.TryGetProperty("links", out var links) && links.ValueKind == JsonValueKind.Array)
        {
            var all = links.EnumerateArray().ToList();
            var alt = all.FirstOrDefault(l => Str(l, "rel") is null or "alternate");
            link = alt.ValueKind == JsonValueKind.Object ? Str(alt, "href") : all.Count > 0 ? Str(all[0], "href") : null;
        }
        yield return ("link", item.Link, link);
        var date = Str(want, "pubDateParsed") ?? Str(want, "publishedParsed") ?? Str(want, "updatedParsed");
        yield return ("date", item.Published is { } p ? LocalDatePattern.Iso.Format(p.Date) : null, date?[..Math.Min(10, date.Length)]);
        string? content = null;
        if (want.TryGetProperty("content", out var c))
            content = c.ValueKind == JsonValueKind.String ? c.GetString() : c.ValueKind == JsonValueKind.Object ? Str(c, "value") : null;
        content ??= Str(want, "description") ?? (want.TryGetProperty("summary", out var s) ? s.ValueKind == JsonValueKind.String ? s.GetString() : Str(s, "value") : null);
        yield return ("content", item.Content is null ? null : HtmlText.ToText(item.Content), content is null ? null : HtmlText.ToText(content));
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Collapse(string? s) => s is null ? "" : Spaces().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
