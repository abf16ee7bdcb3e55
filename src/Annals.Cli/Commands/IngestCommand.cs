using System.CommandLine;
using System.Diagnostics;
using Annals.Cli.Inputs;
using Annals.Reading;
using Annals.Store;
using Annals.Store.Sqlite;
using NodaTime;

namespace Annals.Cli.Commands;

/// <summary><c>annals ingest PATH...</c>: reads, analyses and stores articles; idempotent and resumable.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console, CliServices services)
    {
        var inputs = new Argument<string[]>("path")
        {
            Description = "Article files, folders or globs; '-' reads standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = EventsCommand.DbOption();
        var batch = new Option<int>("--batch-size")
        {
            Description = "Articles per transaction (a killed run redoes at most one batch)",
            DefaultValueFactory = _ => new IngestOptions().BatchSize,
        };
        var published = new Option<string?>("--published") { Description = "The publication date (YYYY-MM-DD) for articles that do not state one" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display (errors and the summary are still written)" };
        var dictionaries = new DictionaryOptions();
        var command = new Command("ingest", "Read, analyse and store articles; a second run adds nothing, a killed run resumes") { inputs, db, batch, published, quiet };
        dictionaries.AddTo(command);
        command.SetAction(parse =>
        {
            dictionaries.Apply(parse, services, console);
            if (parse.GetValue(batch) < 1) throw new UsageException("--batch-size must be at least 1");
            var readers = new ArticleReaders(PublishedOption.Options(parse.GetValue(published)));
            var files = InputExpander.Expand(parse.GetValue(inputs)!).ToList();
            var clock = SystemClock.Instance;
            using var store = new EventStoreBuilder().UseSqlite(parse.GetValue(db)!, clock).Build();
            var ingester = new StoreIngester(store, services.IngestPipeline, clock, new IngestOptions { BatchSize = parse.GetValue(batch) });
            // Progress is for a person watching: never written into redirected output or logs.
            var interactive = !parse.GetValue(quiet) && console.Error is StreamWriter && !Console.IsErrorRedirected;
            var watch = Stopwatch.StartNew();
            var summary = ingester.Run(
                files,
                input => InputReader.Read(readers, input, console),
                error =>
                {
                    if (interactive) console.Error.Write("\r\u001b[K");
                    console.Error.WriteLine($"annals: {error}");
                },
                progress =>
                {
                    if (!interactive) return;
                    var rate = progress.Read / Math.Max(0.001, watch.Elapsed.TotalSeconds);
                    console.Error.Write($"\r\u001b[K{progress.Read} read, {progress.Stored} stored, {progress.Skipped + progress.Duplicates} passed over ({rate:0} articles/s)");
                });
            if (interactive) console.Error.Write("\r\u001b[K");
            console.Out.WriteLine($"{store.Location}: {summary} in {watch.Elapsed.TotalSeconds:0.0} s");
            return summary.FailedInputs > 0 ? ExitCodes.InputFailed : ExitCodes.Ok;
        });
        return command;
    }
}
