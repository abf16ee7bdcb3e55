using System.CommandLine;
using Annals.Events;

namespace Annals.Cli.Commands;

/// <summary><c>annals timeline ACTOR</c>: what an actor did or had done to it, oldest first; asserted events unless asked otherwise.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliConsole console)
    {
        var actor = new Argument<string>("actor") { Description = "Knowledge-base id, name, or CAMEO actor code (RUS matches RUSGOV)" };
        var filters = new EventsCommand.FilterOptions(actor: false);
        var all = new Option<bool>("--all-modalities") { Description = "Include expected, denied and hypothetical events" };
        var json = new Option<bool>("--json") { Description = "Print {\"events\": [...]} as CONTRACT.md fixes" };
        var csv = new Option<bool>("--csv") { Description = "Print CSV with a header row" };
        var limit = new Option<int?>("--limit") { Description = "At most this many events" };
        var db = EventsCommand.DbOption();
        var command = new Command("timeline", "An actor's stored events, oldest first") { actor };
        filters.AddTo(command);
        command.Options.Add(all);
        command.Options.Add(json);
        command.Options.Add(csv);
        command.Options.Add(limit);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            if (parse.GetValue(json) && parse.GetValue(csv)) throw new UsageException("choose one of --json and --csv");
            var query = filters.Read(parse) with { Actor = parse.GetValue(actor), Limit = parse.GetValue(limit) };
            if (!parse.GetValue(all) && !filters.ModalityGiven(parse)) query = query with { Modality = Modality.Asserted };
            using var store = EventsCommand.OpenExisting(parse.GetValue(db)!);
            EventsCommand.Write(console, store.Events(query), parse.GetValue(json), parse.GetValue(csv));
            return ExitCodes.Ok;
        });
        return command;
    }
}
