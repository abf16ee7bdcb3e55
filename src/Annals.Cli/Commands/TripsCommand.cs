using System.CommandLine;
using Annals.Answers.Trips;
using Annals.Cli.Inputs;
using Annals.Knowledge;
using Annals.Output;
using Annals.Store;
using NodaTime.Text;

namespace Annals.Cli.Commands;

/// <summary><c>annals trips PERSON</c>: trips abroad from the travel log and the store, with host standing and duty to arrest.</summary>
internal static class TripsCommand
{
    public static Command Create(CliConsole console, CliServices services)
    {
        var person = new Argument<string>("person") { Description = "Knowledge-base id or name of the person" };
        var since = new Option<string?>("--since") { Description = "Trips that end on or after this day (YYYY-MM-DD)" };
        var until = new Option<string?>("--until") { Description = "Trips that start on or before this day (YYYY-MM-DD)" };
        var json = new Option<bool>("--json") { Description = "Print the JSON that CONTRACT.md fixes" };
        var db = EventsCommand.DbOption();
        var command = new Command("trips", "A person's trips abroad, oldest first: travel log and stored events") { person, since, until, json, db };
        command.SetAction(parse =>
        {
            var kb = services.Knowledge;
            var who = FindPerson(kb, parse.GetValue(person)!);
            using var store = OpenIfPresent(parse.GetValue(db)!);
            var trips = new TripFinder(kb, store).TripsOf(who.Id, Day(parse.GetValue(since)), Day(parse.GetValue(until)));
            if (parse.GetValue(json)) AnalyzeCommand.WriteJsonLine(console.Out, w => TripsJson.WriteTrips(w, who, trips));
            else WriteTable(console.Out, who, trips);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A person by id, name or alias; a usage error naming the input otherwise.</summary>
    internal static Person FindPerson(KnowledgeBase kb, string text) =>
        kb.GetPerson(text) ?? kb.FindPerson(text) ?? throw new UsageException($"no person '{text}' in the knowledge base (try 'annals kb person NAME')");

    /// <summary>The store when its file exists; trips and checks still answer from the travel log without one.</summary>
    internal static IEventStore? OpenIfPresent(string path) => File.Exists(path) ? EventsCommand.OpenExisting(path) : null;

    internal static NodaTime.LocalDate? Day(string? text) => PublishedOption.Parse(text)?.Date;

    internal static void WriteTable(TextWriter output, Person person, IReadOnlyList<PersonTrip> trips)
    {
        output.WriteLine($"{person.Name} ({person.Id}): {trips.Count} trip(s) abroad");
        foreach (var t in trips)
        {
            var days = t.Start == t.End ? Iso(t.Start) : $"{Iso(t.Start)}..{Iso(t.End)}";
            var standing = t.RomeStatuteParty ? "State Party" : "not a party";
            var occupied = t.Occupation is { } o ? $", occupied by {o.Occupier} ({o.Territory})" : "";
            var bound = t.BoundToArrest ? "BOUND TO ARREST" : t.Warrants.Count > 0 ? "not bound" : "no warrant";
            var places = t.Places.Count > 0 ? $" {string.Join(", ", t.Places)}" : "";
            var evidence = string.Join("; ", new[] { t.Articles.Count > 0 ? $"{t.Articles.Count} article(s)" : null, t.Sources.Count > 0 ? $"{t.Sources.Count} source(s)" : null }.OfType<string>());
            output.WriteLine($"  {days,-22} {t.Country}{places} — {standing}{occupied}; {bound} [{evidence}]");
        }
    }

    private static string Iso(NodaTime.LocalDate d) => LocalDatePattern.Iso.Format(d);
}
