using System.Text.Json;

namespace Annals.Tests.Cli;

/// <summary><c>--verbs FILE</c>: an analyst's PETRARCH or TABARI verb dictionary, used beside the shipped patterns.</summary>
public sealed class DictionaryOptionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("annals-verbs-").FullName;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Analyze_codes_with_the_users_patterns_and_reports_the_lines_it_did_not_use()
    {
        var verbs = Write("mine.verbs", "BESEECH {BESOUGHT } [020]\n- * + FOR SHELTER [0233]\n- TEARFULLY * + [020]\n");
        var article = Write("a.txt", "Appeal\n\nUkraine besought Poland for shelter on Monday.\n");

        var run = CliRunner.Run("analyze", article, "--json", "--published", "2024-03-05", "--verbs", verbs);

        Assert.Equal(0, run.Code);
        Assert.Contains($"{verbs}: 2 patterns read, 1 lines not used", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 × words before the verb (first: line 3)", run.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Out);
        var appeal = json.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "0233");
        Assert.StartsWith($"{verbs}:2 ", appeal.GetProperty("pattern").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_option_the_users_verb_codes_nothing()
    {
        var article = Write("a.txt", "Appeal\n\nUkraine besought Poland for shelter on Monday.\n");
        var run = CliRunner.Run("analyze", article, "--json", "--published", "2024-03-05");
        using var json = JsonDocument.Parse(run.Out);
        Assert.DoesNotContain(json.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("code").GetString() == "0233");
    }

    [Fact]
    public void Ingest_stores_the_codes_an_actor_dictionary_gives()
    {
        var actors = Write("mine.actors", "ODIN_BORSK_\n\t[NORGOV 20150101-20191231]\n");
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "a.txt"), "Visit\n\nOdin Borsk visited Sweden on Monday.\n");
        var db = Path.Combine(_folder, "test.db");

        var run = CliRunner.Run("ingest", corpus, "--db", db, "--published", "2018-05-02", "--actors", actors, "--quiet");

        Assert.Equal(0, run.Code);
        Assert.Contains($"{actors}: 1 actors read, 0 lines not used", run.Error, StringComparison.Ordinal);
        var events = CliRunner.Run("events", "--db", db, "--json").Out;
        Assert.Contains("\"actor\": \"NORGOV\"", events.Replace("\":\"", "\": \"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dictionary_that_cannot_be_read_is_a_usage_error_naming_it()
    {
        var missing = Path.Combine(_folder, "absent.verbs");
        var run = CliRunner.Run("analyze", Write("a.txt", "Title\n\nText.\n"), "--verbs", missing);
        Assert.Equal(2, run.Code);
        Assert.Contains($"cannot read '{missing}'", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
