using System.CommandLine;
using System.Diagnostics;
using Annals.Cli.Inputs;
using Annals.Output;
using Annals.Reading;
using Annals.Reading.JsonLines;

namespace Annals.Cli.Commands;

/// <summary><c>annals extract INPUT... [--json]</c>: reads articles from pages, feeds, dumps and archives and prints them.</summary>
/// <remarks>
/// Articles go to standard output (a readable block, or the contract's JSON Lines); skipped records,
/// failed inputs, progress and the closing summary go to standard error so that the JSON stays clean.
/// </remarks>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "Files (.txt .html .jsonl .xml/.rss/.atom .json .warc, any of them .gz), folders or globs; '-' reads standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print JSON Lines, one object per article (docs/CONTRACT.md)" };
        var map = new Option<string?>("--map") { Description = "JSON Lines field names, e.g. text=body_text,published=meta.date,title=headline" };
        var published = new Option<string?>("--published") { Description = "The publication date (YYYY-MM-DD) for plain-text articles that do not state one" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display and no summary" };
        var command = new Command("extract", "Read articles from text, HTML pages, RSS/Atom/JSON feeds, JSON Lines and WARC archives and print them")
        {
            inputs, json, map, published, quiet,
        };
        command.SetAction(parse =>
        {
            var (fieldMap, mapError) = JsonLinesMap.Parse(parse.GetValue(map));
            if (fieldMap is null) throw new UsageException($"--map: {mapError}");
            var options = PublishedOption.Options(parse.GetValue(published)) with { JsonLinesMap = fieldMap };
            var readers = new ArticleReaders(options);
            var summary = new ReadSummary();
            var asJson = parse.GetValue(json);
            var showProgress = !parse.GetValue(quiet) && !Console.IsErrorRedirected && console.Error is StreamWriter;
            var clock = Stopwatch.StartNew();
            var lastProgress = TimeSpan.Zero;
            var first = true;
            foreach (var input in InputExpander.Expand(parse.GetValue(inputs)!))
            {
                summary.StartInput();
                foreach (var item in InputReader.Read(readers, input, console))
                {
                    summary.Add(item);
                    if (item.Error is { } error)
                    {
                        if (showProgress) console.Error.Write("\r\u001b[K");
                        console.Error.WriteLine($"annals: {error}");
                    }
                    if (item.Article is not { } article) continue;
                    if (asJson)
                    {
                        AnalyzeCommand.WriteJsonLine(console.Out, w => ContractJson.WriteExtracted(w, article));
                    }
                    else
                    {
                        if (!first) console.Out.WriteLine();
                        WriteReadable(console.Out, article);
                    }
                    first = false;
                    if (showProgress && clock.Elapsed - lastProgress > TimeSpan.FromMilliseconds(250))
                    {
                        lastProgress = clock.Elapsed;
                        console.Error.Write($"\r\u001b[K{summary.Articles} articles, {summary.Inputs} inputs… {input}");
                    }
                }
            }
            if (showProgress) console.Error.Write("\r\u001b[K");
            if (!parse.GetValue(quiet)) console.Error.WriteLine($"annals: {summary}");
            return summary.FailedInputs > 0 ? ExitCodes.InputFailed : ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteReadable(TextWriter output, Article article)
    {
        output.WriteLine($"# {article.Title ?? "(no title)"}");
        output.WriteLine($"id: {article.Id}  format: {ContractJson.FormatName(article.Format)}  language: {article.Language ?? "unknown"}");
        output.WriteLine($"published: {article.Published?.ToIsoString() ?? "not stated"}  author: {article.Author ?? "not stated"}");
        if (article.Url is not null) output.WriteLine($"url: {article.Url}");
        if (article.Source is not null && article.Source != article.Url) output.WriteLine($"source: {article.Source}");
        output.WriteLine();
        output.WriteLine(article.Text);
    }
}
