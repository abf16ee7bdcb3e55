using System.CommandLine;
using Annals.Cli.Commands;
using Annals.Diagnostics;

namespace Annals.Cli;

/// <summary>The <c>annals</c> command line: one root command, one class per sub-command.</summary>
internal static class CliApp
{
    /// <summary>Shown with <c>--verbose</c>: stack traces for unexpected failures.</summary>
    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Show stack traces and component details when something fails",
        Recursive = true,
    };

    public static int Run(string[] args, CliConsole console)
    {
        var services = new CliServices();
        var root = new RootCommand("Annals: read news, find who did what to whom, where and when, code it in CAMEO and judge it against a temporal knowledge base.");
        root.Options.Add(Verbose);
        root.Subcommands.Add(AnalyzeCommand.Create(console, services));
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(KbCommand.Create(console, services));
        root.Subcommands.Add(IngestCommand.Create(console, services));
        root.Subcommands.Add(EventsCommand.Create(console));
        root.Subcommands.Add(TimelineCommand.Create(console));
        root.Subcommands.Add(StatsCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(TripsCommand.Create(console, services));
        root.Subcommands.Add(WarrantsCommand.Create(console, services));
        root.Subcommands.Add(CheckCommand.Create(console, services));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                console.Error.WriteLine($"annals: {error.Message}");
            console.Error.WriteLine("annals: run 'annals --help' for usage");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException usage)
        {
            console.Error.WriteLine($"annals: {usage.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            var code = error is AnnalsException coded ? coded.Code : ErrorCodes.ComponentFailed;
            console.Error.WriteLine(error is AnnalsException ? $"annals: {error.Message}" : $"annals: {code}: unexpected failure: {error.Message}");
            if (parse.GetValue(Verbose)) console.Error.WriteLine(error);
            else console.Error.WriteLine("annals: run again with --verbose for details");
            return ExitCodes.InputFailed;
        }
        finally
        {
            console.Out.Flush();
        }
    }
}
