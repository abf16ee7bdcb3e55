using System.Globalization;
using Annals.Store;
using NodaTime.Text;

namespace Annals.Output;

/// <summary>Writes stored events as RFC 4180 CSV with a header row, one row per happening.</summary>
/// <remarks>Not thread-safe. Does not own the writer. Numbers use the invariant culture.</remarks>
public sealed class CsvEventSink : IStoredEventSink
{
    /// <summary>The header row's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "date", "precision", "code", "root", "label", "quad_class", "goldstein", "modality",
        "source_text", "source_id", "source_name", "source_actor", "source_country",
        "target_text", "target_id", "target_name", "target_actor", "target_country",
        "location", "location_country", "lat", "lon",
        "num_mentions", "num_sources", "num_articles", "avg_tone", "articles", "source_url", "evidence",
    ];

    private readonly TextWriter _output;

    /// <summary>A sink writing to <paramref name="output"/>; writes the header at once.</summary>
    public CsvEventSink(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        WriteRow(Columns);
    }

    /// <inheritdoc />
    public void Emit(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        string? N(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);
        WriteRow(
        [
            e.Id.ToString(CultureInfo.InvariantCulture), e.Date.Value ?? e.Date.ToString(), e.Date.Precision.ToString().ToLowerInvariant(),
            e.Code, e.Root, e.Label, e.QuadClass.ToString(CultureInfo.InvariantCulture), N(e.Goldstein), e.Modality.ToString().ToLowerInvariant(),
            e.Source.Text, e.Source.Id, e.Source.Name, e.Source.Actor, e.Source.Country,
            e.Target?.Text, e.Target?.Id, e.Target?.Name, e.Target?.Actor, e.Target?.Country,
            e.Location?.Name, e.Location?.Country, N(e.Location?.Lat), N(e.Location?.Lon),
            e.NumMentions.ToString(CultureInfo.InvariantCulture), e.NumSources.ToString(CultureInfo.InvariantCulture),
            e.NumArticles.ToString(CultureInfo.InvariantCulture), N(e.AvgTone), string.Join(' ', e.Articles), e.SourceUrl, e.Evidence,
        ]);
    }

    /// <inheritdoc />
    public void Complete() => _output.Flush();

    private void WriteRow(IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) _output.Write(',');
            _output.Write(Quote(cells[i]));
        }
        _output.Write("\r\n");
    }

    /// <summary>Quotes a cell when it holds a comma, quote or line break (RFC 4180).</summary>
    public static string Quote(string? cell)
    {
        if (cell is null) return "";
        return cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
