using System.CommandLine;
using Annals.Diagnostics;
using Annals.Events;
using Annals.Events.Patterns;
using Annals.Pipeline;
using Annals.Understanding.Entities;

namespace Annals.Cli.Inputs;

/// <summary><c>--verbs</c>, <c>--actors</c> and <c>--agents FILE</c>: the user's PETRARCH or TABARI dictionaries, used beside the shipped knowledge.</summary>
internal sealed class DictionaryOptions
{
    private readonly Option<string[]> _verbs = new("--verbs")
    {
        Description = "A PETRARCH or TABARI verb dictionary whose patterns are matched beside Annals' own; may be repeated",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string[]> _actors = new("--actors")
    {
        Description = "A PETRARCH or TABARI actor dictionary: names the knowledge base does not hold get its codes; may be repeated",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string[]> _agents = new("--agents")
    {
        Description = "A PETRARCH agents dictionary (AMBASSADOR [~GOV]): generic actors the shipped groups lack; may be repeated",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_verbs);
        command.Options.Add(_actors);
        command.Options.Add(_agents);
    }

    /// <summary>Reads the files named, reports what each gave and which lines were not used, and hands them to the pipelines.</summary>
    public void Apply(ParseResult parse, CliServices services, CliConsole console)
    {
        var verbs = (parse.GetValue(_verbs) ?? []).Select(path =>
        {
            var dictionary = PetrarchVerbDictionary.Read(path, ReadFile("--verbs", path), CameoCodebook.Load());
            Report(console.Error, path, $"{dictionary.PatternCount:N0} patterns", dictionary.Skipped);
            return dictionary;
        }).ToList();
        var actors = (parse.GetValue(_actors) ?? []).Select(path =>
        {
            var dictionary = PetrarchActorDictionary.Read(path, ReadFile("--actors", path));
            Report(console.Error, path, $"{dictionary.Actors.Count:N0} actors", dictionary.Skipped);
            return dictionary;
        }).ToList();
        var agents = (parse.GetValue(_agents) ?? []).Select(path =>
        {
            var dictionary = PetrarchAgentDictionary.Read(path, ReadFile("--agents", path));
            Report(console.Error, path, $"{dictionary.Agents.Count:N0} agent phrases", dictionary.Skipped);
            return dictionary;
        }).ToList();
        if (verbs.Count + actors.Count + agents.Count > 0) services.UseDictionaries(new UserDictionaries(verbs, actors, agents));
    }

    private static string ReadFile(string option, string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{option}: {ErrorCodes.InputUnreadable} cannot read '{path}': {e.Message}");
        }
    }

    // One line per reason with its count and first line: a large legacy dictionary may leave thousands unused.
    private static void Report(TextWriter error, string path, string read, IReadOnlyList<SkippedLine> skipped)
    {
        error.WriteLine($"annals: {path}: {read} read, {skipped.Count:N0} lines not used");
        foreach (var reason in skipped.GroupBy(s => s.Reason).OrderByDescending(g => g.Count()))
            error.WriteLine($"annals:   {reason.Count():N0} × {reason.Key} (first: line {reason.First().Line})");
    }
}
