using System.CommandLine;
using System.Text.Json;
using Annals.Cli.Inputs;
using Annals.Cli.Rendering;
using Annals.Output;
using Annals.Reading;

namespace Annals.Cli.Commands;

/// <summary><c>annals analyze FILE|-</c>: runs every stage on articles and prints a report or the contract's JSON.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console, CliServices services)
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "Article files, folders or globs; '-' reads standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print JSON (one object per article, as JSON Lines) instead of a report" };
        var published = new Option<string?>("--published") { Description = "The publication date (YYYY-MM-DD) when the article does not state one" };
        var dictionaries = new DictionaryOptions();
        var command = new Command("analyze", "Analyse articles: entities, times, events, context and claims")
        {
            inputs, json, published,
        };
        dictionaries.AddTo(command);
        command.SetAction(parse =>
        {
            dictionaries.Apply(parse, services, console);
            var readers = new ArticleReaders(PublishedOption.Options(parse.GetValue(published)));
            var failed = false;
            var first = true;
            foreach (var input in InputExpander.Expand(parse.GetValue(inputs)!))
            {
                foreach (var item in InputReader.Read(readers, input, console))
                {
                    if (item.Kind is ReadItemKind.Skipped or ReadItemKind.Failed)
                    {
                        console.Error.WriteLine($"annals: {item.Error}");
                        failed |= item.Kind == ReadItemKind.Failed;
                    }
                    if (item.Article is not { } article) continue;
                    var doc = services.Pipeline.Run(article);
                    if (parse.GetValue(json))
                    {
                        WriteJsonLine(console.Out, w => ContractJson.WriteAnalysis(w, doc));
                    }
                    else
                    {
                        if (!first) console.Out.WriteLine();
                        AnalysisReport.Write(console.Out, doc);
                    }
                    first = false;
                }
            }
            return failed ? ExitCodes.InputFailed : ExitCodes.Ok;
        });
        return command;
    }

    internal static void WriteJsonLine(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ContractJson.WriterOptions))
            write(writer);
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
