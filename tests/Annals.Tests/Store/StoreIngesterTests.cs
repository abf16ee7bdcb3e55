using System.Text;
using Annals.Pipeline;
using Annals.Reading;
using Annals.Store;
using Annals.Store.Sqlite;
using Annals.Text;
using NodaTime.Testing;

namespace Annals.Tests.Store;

/// <summary>The ingester over a real store: articles analysed in groups, one broken article rejected without its group.</summary>
public sealed class StoreIngesterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("annals-ingester-").FullName;
    private readonly FakeClock _clock = new(StoreFixtures.At);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Fails on any article whose text holds "boom".
    private sealed class Breaks : IPipelineComponent
    {
        public ComponentInfo Info { get; } = new("test.breaks.v1", Annotations.None, Annotations.None);

        public void Process(Doc doc)
        {
            if (doc.Text.Contains("boom", StringComparison.Ordinal)) throw new InvalidOperationException("broken on purpose");
        }
    }

    private static IEnumerable<ReadItem> Lines(string input)
    {
        var readers = new ArticleReaders();
        var lines = new StringBuilder();
        foreach (var text in new[] { "The council met on Monday.", "This one goes boom.", "The bridge reopened on Friday.", "Rain fell all week." })
            lines.Append("{\"text\":\"").Append(text).Append("\"}\n");
        return readers.Read(input, Encoding.UTF8.GetBytes(lines.ToString()));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(3, 2)]
    public void A_broken_article_is_rejected_and_the_rest_of_its_group_is_stored(int groupSize, int parallelism)
    {
        var pipeline = new PipelineBuilder().UseTokenizer().Add(new Breaks()).Build();
        using var store = new EventStoreBuilder().UseSqlite(Path.Combine(_folder, $"g{groupSize}p{parallelism}.db"), _clock).Build();
        var errors = new List<ReadError>();
        var ingester = new StoreIngester(store, pipeline, _clock, new IngestOptions { GroupSize = groupSize, Parallelism = parallelism, BatchSize = 4 });

        var summary = ingester.Run(["news.jsonl"], Lines, errors.Add);

        Assert.Equal((4, 3, 1), (summary.Read, summary.Stored, summary.Rejected));
        var error = Assert.Single(errors);
        Assert.Contains("broken on purpose", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, store.Counts().Articles);
    }

    [Fact]
    public void A_group_size_below_one_is_refused()
    {
        using var store = new EventStoreBuilder().UseSqlite(Path.Combine(_folder, "refused.db"), _clock).Build();
        var pipeline = new PipelineBuilder().UseTokenizer().Build();
        Assert.Throws<ArgumentOutOfRangeException>(() => new StoreIngester(store, pipeline, _clock, new IngestOptions { GroupSize = 0 }));
    }
}
