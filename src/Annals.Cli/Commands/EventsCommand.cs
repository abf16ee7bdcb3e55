using System.CommandLine;
using System.Globalization;
using Annals.Diagnostics;
using Annals.Events;
using Annals.Output;
using Annals.Store;
using Annals.Store.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace Annals.Cli.Commands;

/// <summary><c>annals events</c>: lists stored events, filtered, as a table, JSON (CONTRACT.md) or CSV; also the options the store commands share.</summary>
internal static class EventsCommand
{
    /// <summary>The store file name used when <c>--db</c> is not given: in the working folder.</summary>
    public const string DefaultDb = "annals.db";

    public static Option<string> DbOption() => new("--db")
    {
        Description = "The store file (SQLite)",
        DefaultValueFactory = _ => DefaultDb,
    };

    /// <summary>Opens an existing store for reading: a query on a missing file is a mistake, not a reason to create one.</summary>
    public static IEventStore OpenExisting(string path)
    {
        if (!File.Exists(path))
            throw new AnnalsException(ErrorCodes.StoreUnreadable, $"no store at {path}: run 'annals ingest PATH... --db {path}' first");
        return new EventStoreBuilder().UseSqlite(path).Build();
    }

    public static Command Create(CliConsole console)
    {
        var filters = new FilterOptions(actor: true);
        var json = new Option<bool>("--json") { Description = "Print {\"events\": [...]} as CONTRACT.md fixes" };
        var csv = new Option<bool>("--csv") { Description = "Print CSV with a header row" };
        var limit = new Option<int?>("--limit") { Description = "At most this many events" };
        var db = DbOption();
        var command = new Command("events", "List stored events (all modalities unless --modality is given), oldest first");
        filters.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(csv);
        command.Options.Add(limit);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            if (parse.GetValue(json) && parse.GetValue(csv)) throw new UsageException("choose one of --json and --csv");
            var query = filters.Read(parse) with { Limit = parse.GetValue(limit) };
            using var store = OpenExisting(parse.GetValue(db)!);
            Write(console, store.Events(query), parse.GetValue(json), parse.GetValue(csv));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes events to standard output in the chosen form.</summary>
    public static void Write(CliConsole console, IReadOnlyList<StoredEvent> events, bool json, bool csv)
    {
        IStoredEventSink sink = json ? new JsonEventSink(console.Out) : csv ? new CsvEventSink(console.Out) : new TableSink(console.Out);
        foreach (var e in events) sink.Emit(e);
        sink.Complete();
    }

    /// <summary>Parses an ISO date option.</summary>
    public static LocalDate? ParseDate(string option, string? value)
    {
        if (value is null) return null;
        var parsed = LocalDatePattern.Iso.Parse(value);
        return parsed.Success ? parsed.Value : throw new UsageException($"{option}: {ErrorCodes.BadDate} '{value}' is not a date such as 2023-10-12");
    }

    /// <summary>The filters <c>events</c>, <c>timeline</c>, <c>stats</c> and <c>export</c> share.</summary>
    internal sealed class FilterOptions(bool actor)
    {
        private readonly Option<string?> _actor = new("--actor") { Description = "Source or target: knowledge-base id, name, or CAMEO actor code (prefix: RUS matches RUSGOV)" };
        private readonly Option<string?> _country = new("--country") { Description = "Source or target country (ISO alpha-3)" };
        private readonly Option<string?> _code = new("--code") { Description = "CAMEO event code or its prefix (042, 04)" };
        private readonly Option<string?> _root = new("--root") { Description = "CAMEO root (01-20)" };
        private readonly Option<string?> _from = new("--from") { Description = "Events on or after this day (YYYY-MM-DD)" };
        private readonly Option<string?> _to = new("--to") { Description = "Events on or before this day (YYYY-MM-DD)" };
        private readonly Option<string?> _modality = new("--modality") { Description = "asserted, expected, denied or hypothetical" };

        public void AddTo(Command command)
        {
            if (actor) command.Options.Add(_actor);
            command.Options.Add(_country);
            command.Options.Add(_code);
            command.Options.Add(_root);
            command.Options.Add(_from);
            command.Options.Add(_to);
            command.Options.Add(_modality);
        }

        public EventQuery Read(ParseResult parse)
        {
            Modality? modality = null;
            if (parse.GetValue(_modality) is { } m)
            {
                modality = Enum.TryParse<Modality>(m, ignoreCase: true, out var parsed) && !int.TryParse(m, out _)
                    ? parsed
                    : throw new UsageException($"--modality: '{m}' is not one of asserted, expected, denied, hypothetical");
            }
            var root = parse.GetValue(_root);
            if (root is not null && (!int.TryParse(root, NumberStyles.None, CultureInfo.InvariantCulture, out var r) || r is < 1 or > 20))
                throw new UsageException($"--root: '{root}' is not a CAMEO root (01-20)");
            return new EventQuery
            {
                Actor = actor ? parse.GetValue(_actor) : null,
                Country = parse.GetValue(_country),
                Code = parse.GetValue(_code),
                Root = root,
                From = ParseDate("--from", parse.GetValue(_from)),
                To = ParseDate("--to", parse.GetValue(_to)),
                Modality = modality,
            };
        }

        public bool ModalityGiven(ParseResult parse) => parse.GetValue(_modality) is not null;
    }

    /// <summary>A fixed-width table for terminals.</summary>
    private sealed class TableSink(TextWriter output) : IStoredEventSink
    {
        private int _count;

        public void Emit(StoredEvent e)
        {
            if (_count++ == 0)
                output.WriteLine($"{"date",-10}  {"code",-4}  {"source",-22}  {"target",-22}  {"where",-16}  {"ment",4}  {"art",3}  {"modality",-8}  label");
            output.WriteLine(
                $"{Cut(e.Date.Value ?? e.Date.ToString(), 10),-10}  {e.Code,-4}  {Cut(Who(e.Source), 22),-22}  {Cut(e.Target is null ? "-" : Who(e.Target), 22),-22}  " +
                $"{Cut(e.Location?.Name ?? "-", 16),-16}  {e.NumMentions,4}  {e.NumArticles,3}  {e.Modality.ToString().ToLowerInvariant(),-8}  {e.Label.ToLowerInvariant()}");
        }

        public void Complete()
        {
            output.WriteLine(_count == 0 ? "no events match" : $"{_count} event{(_count == 1 ? "" : "s")}");
            output.Flush();
        }

        private static string Who(StoredActor a) => a.Actor is { } code ? $"{a.Name ?? a.Text} ({code})" : a.Name ?? a.Text;

        private static string Cut(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "…";
    }
}
