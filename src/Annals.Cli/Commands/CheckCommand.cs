using System.CommandLine;
using Annals.Answers.Claims;
using Annals.Answers.Trips;
using Annals.Cli.Inputs;
using Annals.Output;
using Annals.Reading;

namespace Annals.Cli.Commands;

/// <summary><c>annals check FILE</c>: an article's claims, with first-since claims judged against the travel log and the store.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console, CliServices services)
    {
        var input = new Argument<string>("input") { Description = "An article file; '-' reads standard input" };
        var json = new Option<bool>("--json") { Description = "Print {\"article\", \"claims\"} as CONTRACT.md fixes" };
        var published = new Option<string?>("--published") { Description = "The publication date (YYYY-MM-DD) when the article does not state one" };
        var countOccupied = new Option<bool>("--count-occupied") { Description = "Count visits to territory the traveller's own state occupies as trips abroad" };
        var db = EventsCommand.DbOption();
        var command = new Command("check", "Check an article's claims against the knowledge base and the stored record") { input, json, published, countOccupied, db };
        command.SetAction(parse =>
        {
            var readers = new ArticleReaders(PublishedOption.Options(parse.GetValue(published)));
            using var store = TripsCommand.OpenIfPresent(parse.GetValue(db)!);
            var checker = new FirstSinceChecker(services.Knowledge, new TripFinder(services.Knowledge, store), parse.GetValue(countOccupied));
            var failed = false;
            foreach (var path in InputExpander.Expand([parse.GetValue(input)!]))
            {
                foreach (var item in InputReader.Read(readers, path, console))
                {
                    if (item.Kind is ReadItemKind.Skipped or ReadItemKind.Failed)
                    {
                        console.Error.WriteLine($"annals: {item.Error}");
                        failed |= item.Kind == ReadItemKind.Failed;
                    }

                    if (item.Article is not { } article) continue;
                    var doc = services.Pipeline.Run(article);
                    checker.Check(doc);
                    if (parse.GetValue(json))
                    {
                        AnalyzeCommand.WriteJsonLine(console.Out, w => TripsJson.WriteCheck(w, doc));
                        continue;
                    }

                    console.Out.WriteLine(article.Title ?? article.Id);
                    foreach (var c in doc.Claims)
                    {
                        console.Out.WriteLine($"  [{c.Verdict.ToString().ToLowerInvariant()}] {c.Kind}: \"{c.Text}\"");
                        console.Out.WriteLine($"      {c.Explanation}");
                        foreach (var e in c.Evidence)
                            console.Out.WriteLine($"      - {e.Kind} {e.Id}: {e.Statement} {e.Source}");
                    }
                }
            }

            return failed ? ExitCodes.InputFailed : ExitCodes.Ok;
        });
        return command;
    }
}
