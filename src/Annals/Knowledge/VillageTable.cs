using System.Globalization;

namespace Annals.Knowledge;

/// <summary>
/// The places of GeoNames cities500 that cities1000 leaves out (500 to 999 people, <c>villages.tsv.gz</c>), held as
/// parallel arrays: village <c>i</c> is <c>Names[i]</c> at <c>Lats[i]</c>, <c>Lons[i]</c>, and so on.
/// </summary>
/// <remarks>
/// Some 64,000 villages that news rarely names: as <see cref="Place"/> records they would cost as much memory as the
/// rest of the gazetteer, so they are kept in flat arrays sharing one instance of every code and division id.
/// Immutable after reading. Data © GeoNames (geonames.org), CC BY 4.0.
/// </remarks>
internal sealed class VillageTable
{
    private VillageTable(int count)
    {
        GeonameIds = new int[count];
        Names = new string[count];
        Iso3s = new string[count];
        Admin1Ids = new string?[count];
        Admin2Ids = new string?[count];
        Features = new string[count];
        Populations = new int[count];
        Lats = new float[count];
        Lons = new float[count];
    }

    /// <summary>An empty table, for knowledge sources without the file.</summary>
    public static VillageTable Empty { get; } = new(0);

    public int Count => Names.Length;

    public int[] GeonameIds { get; }

    public string[] Names { get; }

    public string[] Iso3s { get; }

    /// <summary>The <see cref="AdminDivision.Id"/> of the first-level division, when admin.tsv.gz lists it.</summary>
    public string?[] Admin1Ids { get; }

    /// <summary>The <see cref="AdminDivision.Id"/> of the second-level division (county), when admin.tsv.gz lists it.</summary>
    public string?[] Admin2Ids { get; }

    public string[] Features { get; }

    public int[] Populations { get; }

    public float[] Lats { get; }

    public float[] Lons { get; }

    /// <summary>Reads <see cref="KnowledgeFiles.Villages"/>; an empty table when the source has no such file.</summary>
    internal static VillageTable Read(IKnowledgeSource source, IReadOnlyDictionary<string, string> iso2ByIso3)
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
            while (header is not null && header.StartsWith('#')) header = reader.ReadLine();
            if (header is null) throw new KnowledgeDataException("K001", file, 0, "file is empty, a header row is required");
            string[] columns = ["geonameid", "name", "iso3", "admin1", "admin2", "feature_code", "population", "lat", "lon"];
            var names = header.Split('\t');
            var index = columns.Select(c => Array.IndexOf(names, c)).ToArray();
            if (Array.IndexOf(index, -1) is var gap and >= 0) throw new KnowledgeDataException("K002", file, 0, $"column '{columns[gap]}' is missing from the header");
            return ReadRows(reader, file, index, names.Length, iso2ByIso3);
        }
    }

    private static VillageTable ReadRows(TextReader reader, string file, int[] index, int width, IReadOnlyDictionary<string, string> iso2ByIso3)
    {
        // Sized for the shipped file; grown if a newer one holds more, trimmed once read.
        var table = new VillageTable(70_000);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var poolLookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        string Shared(ReadOnlySpan<char> value)
        {
            if (poolLookup.TryGetValue(value, out var shared)) return shared;
            shared = value.ToString();
            pool[shared] = shared;
            return shared;
        }

        Span<char> code = stackalloc char[96];
        var cells = new Range[width + 1];
        var v = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            if (text.Length == 0 || text[0] == '#') continue;
            if (text.AsSpan().Split(cells, '\t') != width) throw new KnowledgeDataException("K001", file, v + 1, $"expected {width} cells");
            ReadOnlySpan<char> Cell(int column) => text.AsSpan()[cells[index[column]]];
            if (v == table.Count) table = table.Resized(table.Count * 2);
            table.GeonameIds[v] = int.Parse(Cell(0), NumberStyles.None, CultureInfo.InvariantCulture);
            table.Names[v] = Cell(1).ToString();
            var iso3 = table.Iso3s[v] = Shared(Cell(2));
            if (!Cell(3).IsEmpty && iso2ByIso3.TryGetValue(iso3, out var iso2)
                && code.TryWrite(CultureInfo.InvariantCulture, $"geonames-admin:{iso2}.{Cell(3)}", out var length))
            {
                table.Admin1Ids[v] = Shared(code[..length]);
                if (!Cell(4).IsEmpty && code[length..].TryWrite(CultureInfo.InvariantCulture, $".{Cell(4)}", out var more))
                    table.Admin2Ids[v] = Shared(code[..(length + more)]);
            }
            table.Features[v] = Shared(Cell(5));
            table.Populations[v] = Cell(6).IsEmpty ? 0 : int.Parse(Cell(6), NumberStyles.None, CultureInfo.InvariantCulture);
            table.Lats[v] = float.Parse(Cell(7), NumberStyles.Float, CultureInfo.InvariantCulture);
            table.Lons[v] = float.Parse(Cell(8), NumberStyles.Float, CultureInfo.InvariantCulture);
            v++;
        }

        return table.Resized(v);
    }

    private VillageTable Resized(int count)
    {
        var copy = new VillageTable(count);
        var n = Math.Min(count, Count);
        Array.Copy(GeonameIds, copy.GeonameIds, n);
        Array.Copy(Names, copy.Names, n);
        Array.Copy(Iso3s, copy.Iso3s, n);
        Array.Copy(Admin1Ids, copy.Admin1Ids, n);
        Array.Copy(Admin2Ids, copy.Admin2Ids, n);
        Array.Copy(Features, copy.Features, n);
        Array.Copy(Populations, copy.Populations, n);
        Array.Copy(Lats, copy.Lats, n);
        Array.Copy(Lons, copy.Lons, n);
        return copy;
    }
}
