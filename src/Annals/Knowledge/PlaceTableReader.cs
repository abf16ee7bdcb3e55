using System.Globalization;

namespace Annals.Knowledge;

/// <summary>Reads the two big GeoNames tables (<c>places.tsv.gz</c>, <c>admin.tsv.gz</c>) with few allocations.</summary>
/// <remarks>
/// The generic <see cref="TsvReader"/> allocates a string per cell; over 170,000 rows that alone took most of a
/// second. This reader slices each line and allocates only the strings the records keep, sharing one instance of
/// every code (iso3, feature code, source). Same error codes as the rest of the loader (file and line named).
/// </remarks>
internal sealed class PlaceTableReader
{
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _poolLookup;
    private readonly HashSet<string> _known;

    internal PlaceTableReader(HashSet<string> knownIso3)
    {
        _known = knownIso3;
        foreach (var iso3 in knownIso3) _pool[iso3] = iso3;
        _poolLookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal List<AdminDivision> ReadAdminDivisions(IKnowledgeSource source, IReadOnlyDictionary<string, IReadOnlyList<string>> abbreviations, out Dictionary<string, AdminDivision> byCode)
    {
        const string file = KnowledgeFiles.AdminDivisions;
        string[] columns = ["code", "name", "alt_names", "iso3", "level", "parent", "lat", "lon", "population", "source"];
        var result = new List<AdminDivision>(40_000);
        byCode = new Dictionary<string, AdminDivision>(40_000, StringComparer.Ordinal);
        using var reader = source.Open(file);
        var (index, width, line) = Header(reader, file, columns);
        var cells = new Range[width + 1];
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.Length == 0 || text[0] == '#') continue;
            Split(text, cells, width, file, line);
            ReadOnlySpan<char> Cell(int column) => text.AsSpan()[cells[index[column]]];
            var code = Cell(0).ToString();
            var level = Cell(4) switch
            {
                "1" => 1,
                "2" => 2,
                var other => throw new KnowledgeDataException("K004", file, line, $"level '{other}' is not 1 or 2"),
            };
            AdminDivision? parent = null;
            if (level == 2 && !byCode.TryGetValue(Cell(5).ToString(), out parent))
            {
                throw new KnowledgeDataException("K006", file, line, $"parent '{Cell(5)}' is not a first-level division listed before it");
            }

            var division = new AdminDivision
            {
                Id = "geonames-admin:" + code, Name = Required(Cell(1), "name", file, line),
                AltNames = abbreviations.TryGetValue(code, out var abbreviated) ? [.. List(Cell(2)), .. abbreviated] : List(Cell(2)),
                Iso3 = Iso3(Cell(3), file, line), Level = level, ParentId = parent?.Id,
                Lat = OptionalNumber(Cell(6), "lat", 90, file, line), Lon = OptionalNumber(Cell(7), "lon", 180, file, line),
                Population = Cell(8).IsEmpty ? null : Whole(Cell(8), file, line), Source = Code(Cell(9), "source", file, line),
            };
            if (!byCode.TryAdd(code, division)) throw new KnowledgeDataException("K007", file, line, $"division '{code}' appears twice");
            result.Add(division);
        }

        return result;
    }

    internal List<Place> ReadPlaces(IKnowledgeSource source, IReadOnlyDictionary<string, string> iso2ByIso3, Dictionary<string, AdminDivision> admins)
    {
        const string file = KnowledgeFiles.Places;
        string[] columns = ["geonameid", "name", "alt_names", "iso3", "admin1", "admin2", "feature_code", "population", "lat", "lon", "source"];
        var adminLookup = admins.GetAlternateLookup<ReadOnlySpan<char>>();
        var ids = new HashSet<long>();
        var result = new List<Place>(140_000);
        Span<char> key = stackalloc char[64];
        using var reader = source.Open(file);
        var (index, width, line) = Header(reader, file, columns);
        var cells = new Range[width + 1];
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (text.Length == 0 || text[0] == '#') continue;
            Split(text, cells, width, file, line);
            ReadOnlySpan<char> Cell(int column) => text.AsSpan()[cells[index[column]]];
            var geonameId = Whole(Cell(0), file, line);
            if (!ids.Add(geonameId)) throw new KnowledgeDataException("K007", file, line, $"place 'geonames:{geonameId}' appears twice");
            var iso3 = Iso3(Cell(3), file, line);
            AdminDivision? admin1 = null, admin2 = null;
            var a1 = Cell(4);
            if (!a1.IsEmpty && iso2ByIso3.TryGetValue(iso3, out var iso2))
            {
                var a2 = Cell(5);
                var length = iso2.Length + 1 + a1.Length;
                if (length + 1 + a2.Length <= key.Length)
                {
                    iso2.AsSpan().CopyTo(key);
                    key[iso2.Length] = '.';
                    a1.CopyTo(key[(iso2.Length + 1)..]);
                    adminLookup.TryGetValue(key[..length], out admin1);
                    if (!a2.IsEmpty)
                    {
                        key[length] = '.';
                        a2.CopyTo(key[(length + 1)..]);
                        adminLookup.TryGetValue(key[..(length + 1 + a2.Length)], out admin2);
                    }
                }
            }

            result.Add(new Place
            {
                Id = "geonames:" + geonameId.ToString(CultureInfo.InvariantCulture), Name = Required(Cell(1), "name", file, line),
                AltNames = List(Cell(2)), Iso3 = iso3,
                Admin1 = admin1?.Name, Admin1Id = admin1?.Id, Admin2 = admin2?.Name, Admin2Id = admin2?.Id,
                FeatureCode = Cell(6).IsEmpty ? null : Code(Cell(6), "feature_code", file, line),
                Population = Cell(7).IsEmpty ? 0 : Whole(Cell(7), file, line),
                Lat = OptionalNumber(Cell(8), "lat", 90, file, line) ?? throw new KnowledgeDataException("K004", file, line, "lat is required"),
                Lon = OptionalNumber(Cell(9), "lon", 180, file, line) ?? throw new KnowledgeDataException("K004", file, line, "lon is required"),
                Source = Code(Cell(10), "source", file, line),
            });
        }

        return result;
    }

    private static (int[] Index, int Width, int Line) Header(TextReader reader, string file, string[] columns)
    {
        var line = 0;
        string? header;
        do
        {
            header = reader.ReadLine();
            line++;
        }
        while (header is not null && header.StartsWith('#'));
        if (header is null) throw new KnowledgeDataException("K001", file, line, "file is empty, a header row is required");
        var names = header.TrimStart('\uFEFF').Split('\t');
        var index = new int[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            index[i] = Array.IndexOf(names, columns[i]);
            if (index[i] < 0) throw new KnowledgeDataException("K002", file, line, $"column '{columns[i]}' is missing from the header");
        }

        return (index, names.Length, line);
    }

    private static void Split(string text, Range[] cells, int expected, string file, int line)
    {
        var count = text.AsSpan().Split(cells, '\t');
        if (count != expected) throw new KnowledgeDataException("K001", file, line, $"expected {expected} cells, found {(count > expected ? "more" : count.ToString(CultureInfo.InvariantCulture))}");
    }

    private string Iso3(ReadOnlySpan<char> cell, string file, int line) =>
        _poolLookup.TryGetValue(cell, out var iso3) && _known.Contains(iso3)
            ? iso3
            : throw new KnowledgeDataException("K006", file, line, $"iso3 '{cell}' is not in {KnowledgeFiles.States}");

    private string Code(ReadOnlySpan<char> cell, string column, string file, int line)
    {
        if (cell.IsEmpty) throw new KnowledgeDataException("K004", file, line, $"column '{column}' must not be empty");
        if (_poolLookup.TryGetValue(cell, out var value)) return value;
        value = cell.ToString();
        _pool[value] = value;
        return value;
    }

    private static string Required(ReadOnlySpan<char> cell, string column, string file, int line) =>
        cell.IsEmpty ? throw new KnowledgeDataException("K004", file, line, $"column '{column}' must not be empty") : cell.ToString();

    private static IReadOnlyList<string> List(ReadOnlySpan<char> cell) =>
        cell.IsEmpty ? [] : cell.ToString().Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static long Whole(ReadOnlySpan<char> cell, string file, int line) =>
        long.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : throw new KnowledgeDataException("K004", file, line, $"'{cell}' is not a whole number");

    private static double? OptionalNumber(ReadOnlySpan<char> cell, string column, double limit, string file, int line)
    {
        if (cell.IsEmpty) return null;
        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            throw new KnowledgeDataException("K004", file, line, $"column '{column}' holds '{cell}', not a number");
        return Math.Abs(d) <= limit ? d : throw new KnowledgeDataException("K004", file, line, $"column '{column}' {d} is out of range");
    }
}
