using System.Diagnostics;
using Annals.Store;
using Annals.Store.Sqlite;
using Annals.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Annals.Tests.Cli;

/// <summary>An ingest killed mid-run and run again stores exactly what a clean run stores, in a sound file.</summary>
public sealed class IngestKillTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("annals-kill-").FullName;

    [Fact]
    public void An_ingest_killed_mid_run_and_run_again_ends_with_the_counts_of_a_clean_run()
    {
        if (!SharedData.TryGet("corpora/bbc-news-2225/politics", out var corpus)) return;
        var cli = CliRunner.CliDll();
        Assert.True(File.Exists(cli), $"build the CLI first: {cli}");
        var killed = Path.Combine(_folder, "killed.db");

        using (var child = Start(cli, corpus, killed))
        {
            var watch = Stopwatch.StartNew();
            // Kill once some batches are committed and more are coming, i.e. genuinely mid-run.
            while (!child.HasExited && StoredArticles(killed) < 40 && watch.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(10);
            Assert.False(child.HasExited, "the ingest finished before it could be killed");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
        var partial = StoredArticles(killed);
        Assert.InRange(partial, 40, 416);

        using (var rerun = Start(cli, corpus, killed))
        {
            rerun.WaitForExit();
            Assert.Equal(0, rerun.ExitCode);
        }

        var clean = Path.Combine(_folder, "clean.db");
        Assert.Equal(0, CliRunner.Run("ingest", corpus, "--db", clean, "--batch-size", "8").Code);

        StoreCounts CountsOf(string path)
        {
            using var store = new EventStoreBuilder().UseSqlite(path).Build();
            Assert.Equal("ok", ((SqliteEventStore)store).IntegrityCheck());
            return store.Counts();
        }
        var expected = CountsOf(clean);
        var actual = CountsOf(killed);
        Assert.Equal(expected with { Runs = 0 }, actual with { Runs = 0 });
        Assert.Equal(417, expected.Sightings);
    }

    private static Process Start(string cli, string corpus, string db)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "exec", cli, "ingest", corpus, "--db", db, "--batch-size", "8" }) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static long StoredArticles(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM articles";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // not created yet, or the schema is being applied
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
