using Annals.Tests.Support;
using Annals.Reading;
using Xunit.Abstractions;

namespace Annals.Tests.Reading.Evaluation;

/// <summary>Every WARC file in ../shared/data/warc is read; the broken ones give clear errors and their good records are still read.</summary>
public class WarcConformanceTest(ITestOutputHelper output)
{
    [Fact]
    public void Every_shared_warc_is_read_and_broken_records_are_reported_with_offsets()
    {
        if (!SharedData.TryGet("warc", out var root)) return;
        var readers = new ArticleReaders();
        int files = 0, articles = 0, ignored = 0, skipped = 0, refused = 0;
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(f => f.Contains(".warc") || f.Contains(".arc")).Order(StringComparer.Ordinal))
        {
            files++;
            var items = readers.ReadFile(file).ToList();
            var summary = new ReadSummary();
            foreach (var item in items) summary.Add(item);
            articles += summary.Articles;
            ignored += summary.Ignored.Values.Sum();
            skipped += summary.Skipped.Values.Sum();
            output.WriteLine($"{Path.GetFileName(file)}: {summary}");
            if (file.EndsWith(".arc") || file.EndsWith(".arc.gz"))
            {
                refused++;
                Assert.Contains(items, i => i.Kind == ReadItemKind.Failed && i.Error!.Code == Annals.Diagnostics.ErrorCodes.ArcUnsupported);
                continue;
            }
            Assert.DoesNotContain(items, i => i.Kind == ReadItemKind.Failed);
            Assert.All(items.Where(i => i.Error is not null), i => Assert.NotNull(i.Error!.ByteOffset));
        }
        output.WriteLine($"{files} files: {articles} articles, {ignored} records ignored by design, {skipped} malformed records skipped, {refused} ARC files refused");
        Assert.True(articles >= 50);
    }
}
