using System.Text.Json;
using Annals.Output;

namespace Annals.Tests.Cli;

/// <summary>The store commands end to end, in-process, on a small corpus written here.</summary>
public sealed class StoreCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("annals-cli-").FullName;
    private string Db => Path.Combine(_folder, "test.db");

    private string Corpus()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "a.txt"), "Putin visits Kyrgyzstan\n\nRussian President Vladimir Putin visited Kyrgyzstan on Thursday. Kyrgyzstan hosted Putin in Bishkek.\n");
        File.WriteAllText(Path.Combine(corpus, "b.txt"), "Putin in Bishkek\n\nVladimir Putin visited Kyrgyzstan on Thursday, his first trip abroad since the warrant.\n");
        File.WriteAllText(Path.Combine(corpus, "c.txt"), "Putin visits Kyrgyzstan\n\nRussian  President Vladimir Putin visited Kyrgyzstan on Thursday.   Kyrgyzstan hosted Putin in Bishkek.\n");
        File.WriteAllText(Path.Combine(corpus, "d.txt"), "Talks expected\n\nPutin is expected to visit Kazakhstan next month.\n");
        return corpus;
    }

    [Fact]
    public void Ingest_stores_once_and_a_second_run_adds_nothing()
    {
        var corpus = Corpus();
        var first = CliRunner.Run("ingest", corpus, "--db", Db, "--published", "2023-10-13");
        Assert.Equal(0, first.Code);
        Assert.Contains("read 4, skipped 0 (already stored), rejected 0, duplicates 1, stored 3", first.Out, StringComparison.Ordinal);
        var statsBefore = CliRunner.Run("stats", "--db", Db, "--json").Out;

        var second = CliRunner.Run("ingest", corpus, "--db", Db, "--published", "2023-10-13");
        Assert.Equal(0, second.Code);
        Assert.Contains("read 4, skipped 4 (already stored), rejected 0, duplicates 0, stored 0", second.Out, StringComparison.Ordinal);
        using var before = JsonDocument.Parse(statsBefore);
        using var after = JsonDocument.Parse(CliRunner.Run("stats", "--db", Db, "--json").Out);
        foreach (var name in new[] { "articles", "sightings", "mentions", "events", "eventMentions" })
            Assert.Equal(before.RootElement.GetProperty(name).GetInt64(), after.RootElement.GetProperty(name).GetInt64());
        Assert.Equal(3, after.RootElement.GetProperty("articles").GetInt64());
        Assert.Equal(4, after.RootElement.GetProperty("sightings").GetInt64());
    }

    [Fact]
    public void Events_merges_the_visit_reported_by_two_articles_and_prints_the_contract_JSON()
    {
        CliRunner.Run("ingest", Corpus(), "--db", Db, "--published", "2023-10-13");
        var (code, output, _) = CliRunner.Run("events", "--db", Db, "--code", "042", "--modality", "asserted", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var visit = Assert.Single(doc.RootElement.GetProperty("events").EnumerateArray());
        Assert.Equal("042", visit.GetProperty("code").GetString());
        Assert.Equal("RUSGOV", visit.GetProperty("source").GetProperty("actor").GetString());
        Assert.Equal(2, visit.GetProperty("numArticles").GetInt32());
        Assert.Equal(2, visit.GetProperty("articles").GetArrayLength());
        Assert.Equal("2023-10-12", visit.GetProperty("date").GetProperty("value").GetString());
    }

    [Fact]
    public void Timeline_shows_only_asserted_events_unless_asked_and_export_writes_GDELT_and_CSV()
    {
        CliRunner.Run("ingest", Corpus(), "--db", Db, "--published", "2023-10-13");
        var all = CliRunner.Run("events", "--db", Db, "--actor", "RUSGOV", "--csv").Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length;
        var asserted = CliRunner.Run("timeline", "RUSGOV", "--db", Db, "--csv").Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length;
        var everything = CliRunner.Run("timeline", "RUSGOV", "--db", Db, "--csv", "--all-modalities").Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.True(asserted < everything, $"asserted {asserted} rows, all {everything}");
        Assert.Equal(all, everything);

        var gdelt = CliRunner.Run("export", "--format", "gdelt", "--db", Db);
        Assert.Equal(0, gdelt.Code);
        var rows = gdelt.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(61, r.Split('\t').Length));
        Assert.All(rows, r => Assert.DoesNotContain("\t036\t", r, StringComparison.Ordinal));

        var parquet = Path.Combine(_folder, "events.parquet");
        Assert.Equal(0, CliRunner.Run("export", "--format", "parquet", "-o", parquet, "--db", Db).Code);
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(parquet)[..4]);
        Assert.Equal(CsvEventSink.Columns.Count, CliRunner.Run("export", "--format", "csv", "--db", Db).Out.Split("\r\n")[0].Split(',').Length);
    }

    [Fact]
    public void Stats_counts_by_root_and_month()
    {
        CliRunner.Run("ingest", Corpus(), "--db", Db, "--published", "2023-10-13");
        var (code, output, _) = CliRunner.Run("stats", "--db", Db);
        Assert.Equal(0, code);
        Assert.Contains("04    2023-10", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_mistakes_exit_2_and_a_missing_input_or_store_exits_1()
    {
        Assert.Equal(2, CliRunner.Run("events", "--db", Db, "--from", "last week").Code);
        Assert.Equal(2, CliRunner.Run("events", "--db", Db, "--modality", "maybe").Code);
        Assert.Equal(2, CliRunner.Run("export", "--format", "xml", "--db", Db).Code);
        Assert.Equal(1, CliRunner.Run("events", "--db", Path.Combine(_folder, "none.db")).Code);
        var missing = CliRunner.Run("ingest", Path.Combine(_folder, "no-such.txt"), "--db", Db);
        Assert.Equal(1, missing.Code);
        Assert.Contains("E001", missing.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
