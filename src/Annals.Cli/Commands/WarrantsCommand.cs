using System.CommandLine;
using Annals.Answers.Trips;
using Annals.Output;

namespace Annals.Cli.Commands;

/// <summary><c>annals warrants --report</c>: every trip of every person under an ICC arrest warrant, and whether the host was bound to arrest.</summary>
internal static class WarrantsCommand
{
    public static Command Create(CliConsole console, CliServices services)
    {
        var report = new Option<bool>("--report") { Description = "List every trip since the warrant of every person under an ICC arrest warrant" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var db = EventsCommand.DbOption();
        var command = new Command("warrants", "Warrant compliance: trips of people under ICC arrest warrants") { report, json, db };
        command.SetAction(parse =>
        {
            if (!parse.GetValue(report)) throw new UsageException("warrants needs --report (see 'annals kb warrants' for the warrants themselves)");
            using var store = TripsCommand.OpenIfPresent(parse.GetValue(db)!);
            var rows = new TripFinder(services.Knowledge, store).WarrantReport();
            if (parse.GetValue(json))
            {
                AnalyzeCommand.WriteJsonLine(console.Out, w => TripsJson.WriteWarrantReport(w, rows));
                return ExitCodes.Ok;
            }

            var bound = rows.Sum(r => r.Trips.Count(t => t.BoundToArrest));
            console.Out.WriteLine($"{rows.Sum(r => r.Trips.Count)} trip(s) of {rows.Count} person(s) under ICC arrest warrants; the host was bound to arrest on {bound}.");
            foreach (var (person, trips) in rows)
                TripsCommand.WriteTable(console.Out, person, trips);
            return ExitCodes.Ok;
        });
        return command;
    }
}
