using System.CommandLine;
using Annals.Events;
using Annals.Events.Patterns;

namespace Annals.Cli.Inputs;

/// <summary>The <c>--verbs FILE</c> option: the user's PETRARCH or TABARI verb dictionaries, matched beside the shipped patterns.</summary>
internal static class VerbsOption
{
    public static Option<string[]> Create() => new("--verbs")
    {
        Description = "A PETRARCH or TABARI verb dictionary (.verbs) whose patterns are matched beside Annals' own; may be repeated",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Reads the files named, reports what each gave and which lines were not used, and hands them to the pipelines.</summary>
    public static void Apply(ParseResult parse, Option<string[]> option, CliServices services, CliConsole console)
    {
        var paths = parse.GetValue(option) ?? [];
        if (paths.Length == 0) return;
        var dictionaries = new List<PetrarchVerbDictionary>();
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"--verbs: {Diagnostics.ErrorCodes.InputUnreadable} cannot read '{path}': {e.Message}");
            }
            var dictionary = PetrarchVerbDictionary.Read(path, text, CameoCodebook.Load());
            Report(dictionary, console.Error);
            dictionaries.Add(dictionary);
        }
        services.UseVerbDictionaries(dictionaries);
    }

    // One line per reason with its count and first line: a large legacy dictionary may leave thousands unused.
    private static void Report(PetrarchVerbDictionary dictionary, TextWriter error)
    {
        error.WriteLine($"annals: {dictionary.File}: {dictionary.PatternCount:N0} patterns read, {dictionary.Skipped.Count:N0} lines not used");
        foreach (var reason in dictionary.Skipped.GroupBy(s => s.Reason).OrderByDescending(g => g.Count()))
            error.WriteLine($"annals:   {reason.Count():N0} × {reason.Key} (first: line {reason.First().Line})");
    }
}
