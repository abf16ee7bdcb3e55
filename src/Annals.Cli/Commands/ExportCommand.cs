using System.CommandLine;
using Annals.Events;
using Annals.Output;
using Annals.Store;
using Parquet;
using Parquet.Schema;

namespace Annals.Cli.Commands;

/// <summary><c>annals export --format gdelt|csv|json|parquet</c>: stored events in GDELT 2.0's 61 columns, CSV, JSON or Parquet.</summary>
/// <remarks>Only asserted events by default, as GDELT records happenings; <c>--all-modalities</c> adds the rest.</remarks>
internal static class ExportCommand
{
    private static readonly string[] Formats = ["gdelt", "csv", "json", "parquet"];

    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format")
        {
            Description = "gdelt (61 tab-separated GDELT 2.0 Events columns), csv, json or parquet (GDELT's columns)",
            Required = true,
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (required for parquet)" };
        var all = new Option<bool>("--all-modalities") { Description = "Include expected, denied and hypothetical events" };
        var filters = new EventsCommand.FilterOptions(actor: true);
        var db = EventsCommand.DbOption();
        var command = new Command("export", "Export stored events") { format, output, all, db };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            var query = filters.Read(parse);
            if (!parse.GetValue(all) && !filters.ModalityGiven(parse)) query = query with { Modality = Modality.Asserted };
            var path = parse.GetValue(output);
            var kind = parse.GetValue(format)!;
            if (kind == "parquet" && path is null) throw new UsageException("--format parquet needs --output FILE");
            using var store = EventsCommand.OpenExisting(parse.GetValue(db)!);
            var events = store.Events(query);
            if (kind == "parquet")
            {
                WriteParquet(events, path!);
                return ExitCodes.Ok;
            }
            using var file = path is null ? null : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            var writer = file ?? console.Out;
            IStoredEventSink sink = kind switch
            {
                "gdelt" => new GdeltEventSink(writer),
                "csv" => new CsvEventSink(writer),
                _ => new JsonEventSink(writer),
            };
            foreach (var e in events) sink.Emit(e);
            sink.Complete();
            return ExitCodes.Ok;
        });
        return command;
    }

    // Parquet lives here rather than in src/Annals/Output so that the core library does not depend on Parquet.Net.
    private static void WriteParquet(IReadOnlyList<StoredEvent> events, string path)
    {
        var rows = events.Select(e => GdeltRow.Values(e, FipsCountries.Default)).ToList();
        var fields = GdeltColumns.Names.Select((name, i) => GdeltColumns.Types[i] == typeof(long)
            ? new DataField<long?>(name)
            : GdeltColumns.Types[i] == typeof(double) ? new DataField<double?>(name) : (DataField)new DataField<string>(name)).ToList();
        var schema = new ParquetSchema(fields);
        using var stream = File.Create(path);
        WriteAsync().GetAwaiter().GetResult();

        async Task WriteAsync()
        {
            await using var writer = await ParquetWriter.CreateAsync(schema, stream);
            using var group = writer.CreateRowGroup();
            for (var c = 0; c < fields.Count; c++)
            {
                var column = c;
                if (GdeltColumns.Types[c] == typeof(long))
                    await group.WriteAsync<long>(fields[c], new ReadOnlyMemory<long?>([.. rows.Select(r => (long?)r[column])]));
                else if (GdeltColumns.Types[c] == typeof(double))
                    await group.WriteAsync<double>(fields[c], new ReadOnlyMemory<double?>([.. rows.Select(r => (double?)r[column])]));
                else
                    await group.WriteAsync(fields[c], rows.Select(r => (string)r[column]!).ToList());
            }
        }
    }
}
