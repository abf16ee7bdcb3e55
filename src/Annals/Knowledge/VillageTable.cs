using System.Globalization;

namespace Annals.Knowledge;

/// <summary>
/// The places of GeoNames cities500 that cities1000 leaves out (500 to 999 people, <c>villages.tsv.gz</c>), held in
/// flat arrays: village <c>i</c> is named <see cref="Name"/>(i), lies at <see cref="Lat"/>(i), <see cref="Lon"/>(i), and so on.
/// </summary>
/// <remarks>
/// Some 64,000 villages that news rarely names: as <see cref="Place"/> records they would cost as much memory as the
/// rest of the gazetteer. Names share one character pool; countries, feature codes and divisions are numbers
/// into tables of shared strings.
/// Immutable after reading. Data © GeoNames (geonames.org), CC BY 4.0.
/// </remarks>
internal sealed class VillageTable
{
    private const int None = -1;

    private readonly char[] _names;
    private readonly int[] _nameEnds;
    private readonly int[] _geonameIds;
    private readonly bool[] _postal;
    private readonly short[] _countries;
    private readonly short[] _features;
    private readonly int[] _admin1s;
    private readonly int[] _admin2s;
    private readonly int[] _populations;
    private readonly float[] _lats;
    private readonly float[] _lons;
    private readonly List<string> _codes = [];
    private readonly List<string> _divisionIds = [];

    private VillageTable(int count, int nameChars)
    {
        _names = new char[nameChars];
        _nameEnds = new int[count];
        _geonameIds = new int[count];
        _postal = new bool[count];
        _countries = new short[count];
        _features = new short[count];
        _admin1s = new int[count];
        _admin2s = new int[count];
        _populations = new int[count];
        _lats = new float[count];
        _lons = new float[count];
    }

    /// <summary>An empty table, for knowledge sources without the file.</summary>
    public static VillageTable Empty { get; } = new(0, 0);

    public int Count => _nameEnds.Length;

    public string Name(int i) => new(NameSpan(i));

    public ReadOnlySpan<char> NameSpan(int i)
    {
        var start = i == 0 ? 0 : _nameEnds[i - 1];
        return _names.AsSpan(start, _nameEnds[i] - start);
    }

    /// <summary><c>geonames:&lt;geonameid&gt;</c>, as for <see cref="Place.Id"/>.</summary>
    public string Id(int i) => _postal[i]
        ? PostalIdPrefix + _geonameIds[i].ToString("D5", CultureInfo.InvariantCulture)
        : "geonames:" + _geonameIds[i].ToString(CultureInfo.InvariantCulture);

    /// <summary>A town of GeoNames' US postal table has no GeoNames id: it is known by its first ZIP code.</summary>
    public const string PostalIdPrefix = "geonames-postal:US-";

    private const string PostalSource = "GEONAMES-POSTAL";

    public string Iso3(int i) => _codes[_countries[i]];

    public string FeatureCode(int i) => _codes[_features[i]];

    /// <summary>The <see cref="AdminDivision.Id"/> of the first-level division, when admin.tsv.gz lists it.</summary>
    public string? Admin1Id(int i) => _admin1s[i] == None ? null : _divisionIds[_admin1s[i]];

    /// <summary>The <see cref="AdminDivision.Id"/> of the second-level division (county), when admin.tsv.gz lists it.</summary>
    public string? Admin2Id(int i) => _admin2s[i] == None ? null : _divisionIds[_admin2s[i]];

    public int Population(int i) => _populations[i];

    public double Lat(int i) => Math.Round(_lats[i], 4);

    public double Lon(int i) => Math.Round(_lons[i], 4);

    /// <summary>Reads <see cref="KnowledgeFiles.Villages"/>; an empty table when the source has no such file.</summary>
    /// <remarks>
    /// Read twice, to count and then to fill arrays of the exact size: arrays grown by doubling would leave several
    /// megabytes of large-object garbage that no collection of the young generations returns.
    /// </remarks>
    internal static VillageTable Read(IKnowledgeSource source, IReadOnlyDictionary<string, string> iso2ByIso3)
    {
        var (count, nameChars) = (0, 0);
        if (!ForEachRow(source, (_, cell) =>
            {
                count++;
                nameChars += cell(1).Length;
            }))
        {
            return Empty;
        }

        var table = new VillageTable(count, nameChars);
        var filler = new Filler(table, iso2ByIso3);
        ForEachRow(source, filler.Add);
        return table;
    }

    private delegate ReadOnlySpan<char> Cells(int column);

    // Calls back for every row with its line number and cells, in the order of Columns; false when the file is missing.
    private static bool ForEachRow(IKnowledgeSource source, Action<int, Cells> row)
    {
        const string file = KnowledgeFiles.Villages;
        TextReader reader;
        try
        {
            reader = source.Open(file);
        }
        catch (KnowledgeDataException missing) when (missing.Code == "K005")
        {
            return false;
        }

        using (reader)
        {
            var header = reader.ReadLine();
            var line = 1;
            for (; header is not null && header.StartsWith('#'); line++) header = reader.ReadLine();
            if (header is null) throw new KnowledgeDataException("K001", file, line, "file is empty, a header row is required");
            var names = header.Split('\t');
            var index = Columns.Select(c => Array.IndexOf(names, c)).ToArray();
            if (Array.IndexOf(index, -1) is var gap and >= 0) throw new KnowledgeDataException("K002", file, line, $"column '{Columns[gap]}' is missing from the header");
            var cells = new Range[names.Length + 1];
            string? text;
            while ((text = reader.ReadLine()) is not null)
            {
                line++;
                if (text.Length == 0 || text[0] == '#') continue;
                if (text.AsSpan().Split(cells, '\t') != names.Length) throw new KnowledgeDataException("K001", file, line, $"expected {names.Length} cells");
                if (cells[index[1]].GetOffsetAndLength(text.Length).Length == 0) throw new KnowledgeDataException("K004", file, line, "column 'name' must not be empty");
                row(line, column => text.AsSpan()[cells[index[column]]]);
            }
        }

        return true;
    }

    private static readonly string[] Columns = ["geonameid", "name", "iso3", "admin1", "admin2", "feature_code", "population", "lat", "lon", "source"];

    // Fills the table's arrays row by row, numbering codes and divisions as they come.
    private sealed class Filler(VillageTable table, IReadOnlyDictionary<string, string> iso2ByIso3)
    {
        private const string File = KnowledgeFiles.Villages;
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _codes = new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _divisions = new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        private int _row;
        private int _nameEnd;

        public void Add(int line, Cells cell)
        {
            var v = _row++;
            table._geonameIds[v] = Number(cell(0), line);
            cell(1).CopyTo(table._names.AsSpan(_nameEnd));
            table._nameEnds[v] = _nameEnd += cell(1).Length;
            var iso3 = cell(2);
            table._countries[v] = checked((short)Code(iso3));
            table._features[v] = checked((short)Code(cell(5)));
            int admin1 = None, admin2 = None;
            Span<char> code = stackalloc char[64];
            if (!cell(3).IsEmpty && iso2ByIso3.TryGetValue(table._codes[table._countries[v]], out var iso2)
                && code.TryWrite(CultureInfo.InvariantCulture, $"geonames-admin:{iso2}.{cell(3)}", out var length))
            {
                admin1 = Division(code[..length]);
                if (!cell(4).IsEmpty && code[length..].TryWrite(CultureInfo.InvariantCulture, $".{cell(4)}", out var more))
                    admin2 = Division(code[..(length + more)]);
            }
            table._admin1s[v] = admin1;
            table._admin2s[v] = admin2;
            table._populations[v] = cell(6).IsEmpty ? 0 : Number(cell(6), line);
            table._lats[v] = Coordinate(cell(7), 90, line);
            table._lons[v] = Coordinate(cell(8), 180, line);
            table._postal[v] = cell(9).SequenceEqual(PostalSource);
        }

        private int Code(ReadOnlySpan<char> code) => Numbered(_codes, code, table._codes);

        // The generator writes every division code admin.tsv.gz lists, and only those.
        private int Division(ReadOnlySpan<char> id) => Numbered(_divisions, id, table._divisionIds);

        private static int Numbered(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> numbers, ReadOnlySpan<char> value, List<string> values)
        {
            if (numbers.TryGetValue(value, out var n)) return n;
            numbers[value] = values.Count;
            values.Add(value.ToString());
            return values.Count - 1;
        }

        private static int Number(ReadOnlySpan<char> cell, int line) =>
            int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new KnowledgeDataException("K004", File, line, $"'{cell}' is not a whole number");

        private static float Coordinate(ReadOnlySpan<char> cell, float limit, int line) =>
            float.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && Math.Abs(d) <= limit
                ? d : throw new KnowledgeDataException("K004", File, line, $"'{cell}' is not a coordinate");
    }
}
