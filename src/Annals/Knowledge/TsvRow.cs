using NodaTime;

namespace Annals.Knowledge;

/// <summary>One data row of a <see cref="TsvReader"/>, with typed, line-reporting accessors.</summary>
internal sealed class TsvRow
{
    private readonly IReadOnlyDictionary<string, int> _index;
    private readonly string[] _cells;

    internal TsvRow(string fileName, int line, IReadOnlyDictionary<string, int> index, string[] cells)
    {
        FileName = fileName;
        Line = line;
        _index = index;
        _cells = cells;
    }

    internal string FileName { get; }

    internal int Line { get; }

    /// <summary>The trimmed cell; empty when blank. The column must exist in the header.</summary>
    internal string Cell(string column) =>
        _index.TryGetValue(column, out var i)
            ? _cells[i].Trim()
            : throw Fail("K002", $"column '{column}' is missing from the header");

    internal bool HasColumn(string column) => _index.ContainsKey(column);

    internal string Required(string column)
    {
        var value = Cell(column);
        return value.Length > 0 ? value : throw Fail("K004", $"column '{column}' must not be empty");
    }

    internal string? Optional(string column)
    {
        var value = Cell(column);
        return value.Length > 0 ? value : null;
    }

    /// <summary>A <c>|</c>-separated list cell.</summary>
    internal IReadOnlyList<string> List(string column) =>
        Cell(column).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal PartialDate? PartialDate(string column)
    {
        var value = Cell(column);
        if (value.Length == 0)
        {
            return null;
        }

        return Knowledge.PartialDate.TryParse(value, out var date)
            ? date
            : throw Fail("K003", $"column '{column}' holds '{value}', not a date (yyyy, yyyy-MM or yyyy-MM-dd)");
    }

    internal LocalDate? Date(string column) => PartialDate(column)?.Start;

    internal IReadOnlyList<LocalDate> Dates(string column)
    {
        var list = new List<LocalDate>();
        foreach (var text in List(column))
        {
            list.Add(Knowledge.PartialDate.TryParse(text, out var date)
                ? date.Start
                : throw Fail("K003", $"column '{column}' holds '{text}', not a date"));
        }

        return list;
    }

    internal double? Double(string column)
    {
        var value = Cell(column);
        if (value.Length == 0)
        {
            return null;
        }

        return double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? d
            : throw Fail("K004", $"column '{column}' holds '{value}', not a number");
    }

    internal bool YesNo(string column) => Cell(column) switch
    {
        "yes" => true,
        "no" or "" => false,
        var other => throw Fail("K004", $"column '{column}' holds '{other}', expected yes or no"),
    };

    internal KnowledgeDataException Fail(string code, string detail) => new(code, FileName, Line, detail);
}
