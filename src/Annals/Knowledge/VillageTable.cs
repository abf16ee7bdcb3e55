using System.Globalization;

namespace Annals.Knowledge;

/// <summary>
/// The places of GeoNames cities500 that cities1000 leaves out (500 to 999 people, <c>villages.tsv.gz</c>), held in
/// flat arrays: village <c>i</c> is named <see cref="Name"/>(i), lies at <see cref="Lat"/>(i), <see cref="Lon"/>(i), and so on.
/// </summary>
/// <remarks>
/// Some 64,000 villages that news rarely names: as <see cref="Place"/> records they would cost as much memory as the
/// rest of the gazetteer. Names share one character pool; countries, feature codes and divisions are numbers
/// into tables of shared strings (the divisions' ids are those of <see cref="KnowledgeBase.AdminDivisions"/>).
/// Immutable after reading. Data © GeoNames (geonames.org), CC BY 4.0.
/// </remarks>
internal sealed class VillageTable
{
    private const int None = -1;

    private readonly char[] _names;
    private readonly int[] _nameEnds;
    private readonly int[] _geonameIds;
    private readonly short[] _countries;
    private readonly short[] _features;
    private readonly int[] _admin1s;
    private readonly int[] _admin2s;
    private readonly int[] _populations;
    private readonly float[] _lats;
    private readonly float[] _lons;
    private readonly string[] _codes;
    private readonly string[] _divisionIds;

    private VillageTable(Builder b)
    {
        _names = [.. b.Names];
        _nameEnds = [.. b.NameEnds];
        _geonameIds = [.. b.GeonameIds];
        _countries = [.. b.Countries];
        _features = [.. b.Features];
        _admin1s = [.. b.Admin1s];
        _admin2s = [.. b.Admin2s];
        _populations = [.. b.Populations];
        _lats = [.. b.Lats];
        _lons = [.. b.Lons];
        _codes = [.. b.Codes];
        _divisionIds = [.. b.DivisionIds];
    }

    /// <summary>An empty table, for knowledge sources without the file.</summary>
    public static VillageTable Empty { get; } = new(new Builder());

    public int Count => _nameEnds.Length;

    public string Name(int i) => new(NameSpan(i));

    public ReadOnlySpan<char> NameSpan(int i)
    {
        var start = i == 0 ? 0 : _nameEnds[i - 1];
        return _names.AsSpan(start, _nameEnds[i] - start);
    }

    /// <summary><c>geonames:&lt;geonameid&gt;</c>, as for <see cref="Place.Id"/>.</summary>
    public string Id(int i) => "geonames:" + _geonameIds[i].ToString(CultureInfo.InvariantCulture);

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
    internal static VillageTable Read(IKnowledgeSource source, IReadOnlyDictionary<string, string> iso2ByIso3, IReadOnlyList<AdminDivision> divisions)
    {
        const string file = KnowledgeFiles.Villages;
        TextReader reader;
        try
        {
            reader = source.Open(file);
        }
        catch (KnowledgeDataException missing) when (missing.Code == "K005")
        {
            return Empty;
        }

        using (reader)
        {
            var header = reader.ReadLine();
            var line = 1;
            for (; header is not null && header.StartsWith('#'); line++) header = reader.ReadLine();
            if (header is null) throw new KnowledgeDataException("K001", file, line, "file is empty, a header row is required");
            string[] columns = ["geonameid", "name", "iso3", "admin1", "admin2", "feature_code", "population", "lat", "lon"];
            var names = header.Split('\t');
            var index = columns.Select(c => Array.IndexOf(names, c)).ToArray();
            if (Array.IndexOf(index, -1) is var gap and >= 0) throw new KnowledgeDataException("K002", file, line, $"column '{columns[gap]}' is missing from the header");
            var builder = new Builder();
            builder.ReadRows(reader, file, line, index, names.Length, iso2ByIso3, divisions);
            return new VillageTable(builder);
        }
    }

    // Columns grown while reading, copied once into the table's arrays.
    private sealed class Builder
    {
        public readonly List<char> Names = [];
        public readonly List<int> NameEnds = [];
        public readonly List<int> GeonameIds = [];
        public readonly List<short> Countries = [];
        public readonly List<short> Features = [];
        public readonly List<int> Admin1s = [];
        public readonly List<int> Admin2s = [];
        public readonly List<int> Populations = [];
        public readonly List<float> Lats = [];
        public readonly List<float> Lons = [];
        public readonly List<string> Codes = [];
        public readonly List<string> DivisionIds = [];

        public void ReadRows(TextReader reader, string file, int line, int[] index, int width, IReadOnlyDictionary<string, string> iso2ByIso3, IReadOnlyList<AdminDivision> divisions)
        {
            const string prefix = "geonames-admin:";
            // Division code (US.GA.059) -> its number here, for the divisions villages lie in.
            var idOfCode = divisions.ToDictionary(d => d.Id.StartsWith(prefix, StringComparison.Ordinal) ? d.Id[prefix.Length..] : d.Id, d => d.Id, StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>();
            var numberOfDivision = new Dictionary<string, int>(StringComparer.Ordinal);
            var numberOfCode = new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            int Division(ReadOnlySpan<char> code)
            {
                if (!idOfCode.TryGetValue(code, out var id)) return None;
                if (!numberOfDivision.TryGetValue(id, out var n)) numberOfDivision[id] = n = DivisionIds.Count;
                if (n == DivisionIds.Count) DivisionIds.Add(id);
                return n;
            }

            int Code(ReadOnlySpan<char> code)
            {
                if (numberOfCode.TryGetValue(code, out var n)) return n;
                numberOfCode[code] = Codes.Count;
                Codes.Add(code.ToString());
                return Codes.Count - 1;
            }

            Span<char> code = stackalloc char[64];
            var cells = new Range[width + 1];
            string? text;
            while ((text = reader.ReadLine()) is not null)
            {
                line++;
                if (text.Length == 0 || text[0] == '#') continue;
                if (text.AsSpan().Split(cells, '\t') != width) throw new KnowledgeDataException("K001", file, line, $"expected {width} cells");
                ReadOnlySpan<char> Cell(int column) => text.AsSpan()[cells[index[column]]];
                if (Cell(1).IsEmpty) throw new KnowledgeDataException("K004", file, line, "column 'name' must not be empty");
                GeonameIds.Add(Number(Cell(0), file, line));
                foreach (var ch in Cell(1)) Names.Add(ch);
                NameEnds.Add(Names.Count);
                var iso3 = Cell(2);
                Countries.Add(checked((short)Code(iso3)));
                Features.Add(checked((short)Code(Cell(5))));
                int admin1 = None, admin2 = None;
                if (!Cell(3).IsEmpty && iso2ByIso3.TryGetValue(iso3.ToString(), out var iso2)
                    && code.TryWrite(CultureInfo.InvariantCulture, $"{iso2}.{Cell(3)}", out var length))
                {
                    admin1 = Division(code[..length]);
                    if (!Cell(4).IsEmpty && code[length..].TryWrite(CultureInfo.InvariantCulture, $".{Cell(4)}", out var more))
                        admin2 = Division(code[..(length + more)]);
                }
                Admin1s.Add(admin1);
                Admin2s.Add(admin2);
                Populations.Add(Cell(6).IsEmpty ? 0 : Number(Cell(6), file, line));
                Lats.Add(Coordinate(Cell(7), 90, file, line));
                Lons.Add(Coordinate(Cell(8), 180, file, line));
            }
        }

        private static int Number(ReadOnlySpan<char> cell, string file, int line) =>
            int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new KnowledgeDataException("K004", file, line, $"'{cell}' is not a whole number");

        private static float Coordinate(ReadOnlySpan<char> cell, float limit, string file, int line) =>
            float.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && Math.Abs(d) <= limit
                ? d : throw new KnowledgeDataException("K004", file, line, $"'{cell}' is not a coordinate");
    }
}
