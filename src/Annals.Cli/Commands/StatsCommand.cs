using System.CommandLine;

namespace Annals.Cli.Commands;

/// <summary><c>annals stats</c>: what the store holds, and events counted by CAMEO root and month.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var filters = new EventsCommand.FilterOptions(actor: true);
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var db = EventsCommand.DbOption();
        var command = new Command("stats", "Counts: articles, duplicates, events; events by CAMEO root and month");
        filters.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            using var store = EventsCommand.OpenExisting(parse.GetValue(db)!);
            var counts = store.Counts();
            var byRoot = store.CountByRootAndMonth(filters.Read(parse));
            if (parse.GetValue(json))
            {
                AnalyzeCommand.WriteJsonLine(console.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("articles", counts.Articles);
                    w.WriteNumber("nearDuplicates", counts.NearDuplicates);
                    w.WriteNumber("sightings", counts.Sightings);
                    w.WriteNumber("mentions", counts.Mentions);
                    w.WriteNumber("events", counts.Events);
                    w.WriteNumber("eventMentions", counts.EventMentions);
                    w.WriteNumber("runs", counts.Runs);
                    w.WriteStartArray("byRootAndMonth");
                    foreach (var c in byRoot)
                    {
                        w.WriteStartObject();
                        w.WriteString("root", c.Root);
                        w.WriteString("month", c.Month);
                        w.WriteNumber("events", c.Events);
                        w.WriteNumber("mentions", c.Mentions);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                return ExitCodes.Ok;
            }
            var o = console.Out;
            o.WriteLine($"store       {store.Location}");
            o.WriteLine($"articles    {counts.Articles} ({counts.NearDuplicates} near-duplicates linked to an earlier article)");
            o.WriteLine($"sightings   {counts.Sightings} ({counts.Sightings - counts.Articles} exact duplicates not stored twice)");
            o.WriteLine($"mentions    {counts.Mentions}");
            o.WriteLine($"events      {counts.Events} (from {counts.EventMentions} reports)");
            o.WriteLine($"runs        {counts.Runs}");
            o.WriteLine();
            o.WriteLine($"{"root",-4}  {"month",-7}  {"events",7}  {"reports",7}");
            foreach (var c in byRoot) o.WriteLine($"{c.Root,-4}  {c.Month ?? "undated",-7}  {c.Events,7}  {c.Mentions,7}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
