using Annals.Knowledge;

namespace Annals.Tests.Knowledge;

public sealed class PlaceTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeBase _kb = fixture.Kb;

    [Fact]
    public void Places_hold_every_populated_place_of_cities1000()
    {
        Assert.InRange(_kb.Places.Count, 130_000, 140_000);
        Assert.All(_kb.Places, p => Assert.StartsWith("geonames:", p.Id));
        Assert.Equal(_kb.Places.Count, _kb.Places.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void Admin_divisions_hold_first_and_second_levels_with_parents()
    {
        var byLevel = _kb.AdminDivisions.GroupBy(a => a.Level).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange(byLevel[1], 3_000, 4_500);
        Assert.InRange(byLevel[2], 25_000, 50_000);
        Assert.All(_kb.AdminDivisions.Where(a => a.Level == 2), a => Assert.Equal(1, _kb.GetAdminDivision(a.ParentId!)!.Level));
        Assert.All(_kb.AdminDivisions, a => Assert.True(a.Lat is >= -90 and <= 90 && a.Lon is >= -180 and <= 180, a.Id));
    }

    [Fact]
    public void A_small_town_resolves_with_its_state_and_county()
    {
        var alexandria = _kb.FindPlaces("Alexandria").Single(p => p.Iso3 == "USA" && p.Admin1 == "Louisiana");
        Assert.Equal("geonames-admin:US.LA", alexandria.Admin1Id);
        Assert.Equal("Rapides Parish", alexandria.Admin2);
        Assert.InRange(alexandria.Lat, 31.2, 31.4);
        Assert.InRange(alexandria.Lon, -92.6, -92.3);
    }

    [Fact]
    public void Same_named_places_come_most_populous_first()
    {
        var alexandria = _kb.FindPlaces("Alexandria");
        Assert.True(alexandria.Count > 5);
        Assert.Equal("EGY", alexandria[0].Iso3);
        Assert.Contains(_kb.FindPlaces("Springfield"), p => p.Admin1 == "Illinois");
    }

    [Theory]
    [InlineData("Louisiana", "USA", 1)]
    [InlineData("Rapides Parish", "USA", 2)]
    [InlineData("Bavaria", "DEU", 1)]
    [InlineData("Cook County", "USA", 2)]
    public void Divisions_are_found_by_name(string name, string iso3, int level)
    {
        var division = _kb.FindAdminDivisions(name).First(a => a.Iso3 == iso3);
        Assert.Equal(level, division.Level);
        Assert.NotNull(division.Lat);
    }

    [Fact]
    public void A_US_state_lies_near_its_geographic_middle()
    {
        // GeoNames gives Texas 31.25, -99.25.
        var texas = _kb.FindAdminDivisions("Texas").First(a => a.Iso3 == "USA");
        Assert.InRange(texas.Lat!.Value, 30.0, 32.5);
        Assert.InRange(texas.Lon!.Value, -101.0, -98.0);
    }

    [Fact]
    public void A_first_level_point_from_the_division_points_source_lies_within_161_km_of_GeoNames_point()
    {
        // GeoNames places Virginia at Richmond, 37.54, -77.43; the middle of the box its places span was 165 km off.
        var virginia = _kb.FindAdminDivisions("Virginia").First(a => a.Iso3 == "USA" && a.Level == 1);
        Assert.Equal("GEONAMES|NPM-CSC", virginia.Source);
        Assert.InRange(Kilometres(virginia.Lat!.Value, virginia.Lon!.Value, 37.54, -77.43), 0, 161);
    }

    [Fact]
    public void A_state_named_like_its_chief_town_keeps_the_middle_of_its_places_not_the_town()
    {
        // The points source puts New York state on New York City; the state's own middle is upstate.
        var newYork = _kb.FindAdminDivisions("New York").First(a => a.Iso3 == "USA" && a.Level == 1);
        Assert.Equal("GEONAMES", newYork.Source);
        Assert.InRange(newYork.Lat!.Value, 42.0, 43.5);
    }

    private static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        var r = Math.PI / 180;
        var a = Math.Pow(Math.Sin((lat2 - lat1) * r / 2), 2) + (Math.Cos(lat1 * r) * Math.Cos(lat2 * r) * Math.Pow(Math.Sin((lon2 - lon1) * r / 2), 2));
        return 12742 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    [Fact]
    public void Generic_words_are_dropped_from_first_level_names() =>
        Assert.Contains(_kb.FindAdminDivisions("Maidan Wardak"), a => a.Iso3 == "AFG");

    [Theory]
    [InlineData("Sana'a", "YEM")]
    [InlineData("Naypyidaw", "MMR")]
    [InlineData("Astana", "KAZ")]
    public void Capitals_GeoNames_spells_otherwise_are_places_under_our_spelling(string capital, string iso3) =>
        Assert.Contains(_kb.FindPlaces(capital), p => p.Iso3 == iso3);

    [Fact]
    public void Every_place_and_division_names_its_source_and_a_known_state()
    {
        var known = _kb.States.Select(s => s.Iso3).ToHashSet(StringComparer.Ordinal);
        Assert.All(_kb.Places, p => Assert.True(known.Contains(p.Iso3) && p.Source == "GEONAMES", p.Id));
        // A division's point may come from a second source; its name and code are always GeoNames'.
        Assert.All(_kb.AdminDivisions, a => Assert.True(known.Contains(a.Iso3) && a.Source.Split('|')[0] == "GEONAMES", a.Id));
        Assert.True(_kb.Sources.ContainsKey("GEONAMES"));
    }

    [Fact]
    public void The_GeoNames_tables_are_read_on_first_use_not_at_load()
    {
        var source = new RecordingSource(new EmbeddedKnowledgeSource());
        var kb = KnowledgeBase.Load(source);
        Assert.DoesNotContain(KnowledgeFiles.Places, source.Opened);
        Assert.True(kb.Places.Count > 130_000);
        Assert.Contains(KnowledgeFiles.Places, source.Opened);
    }

    private sealed class RecordingSource(IKnowledgeSource inner) : IKnowledgeSource
    {
        public List<string> Opened { get; } = [];
        public string VersionId => inner.VersionId;

        public TextReader Open(string fileName)
        {
            lock (Opened) Opened.Add(fileName);
            return inner.Open(fileName);
        }
    }

    [Fact]
    public void A_malformed_place_row_reports_K004_with_file_and_line_on_first_use()
    {
        var header = "geonameid\tname\talt_names\tiso3\tadmin1\tadmin2\tfeature_code\tpopulation\tlat\tlon\tsource\n";
        var kb = KnowledgeBase.Load(new InMemoryKnowledgeSource(new Dictionary<string, string>
        {
            [KnowledgeFiles.Places] = "# comment\n" + header + "1\tA\t\tUSA\t\t\tPPL\t10\t95\t1\tGEONAMES\n",
        }));
        var e = Assert.Throws<KnowledgeDataException>(() => kb.Places);
        Assert.Equal(("K004", 3), (e.Code, e.Line));
    }

    [Fact]
    public void A_place_in_an_unknown_state_reports_K006()
    {
        var kb = KnowledgeBase.Load(new InMemoryKnowledgeSource(new Dictionary<string, string>
        {
            [KnowledgeFiles.Places] = "geonameid\tname\talt_names\tiso3\tadmin1\tadmin2\tfeature_code\tpopulation\tlat\tlon\tsource\n1\tA\t\tZZZ\t\t\tPPL\t10\t5\t1\tGEONAMES\n",
        }));
        Assert.Equal("K006", Assert.Throws<KnowledgeDataException>(() => kb.FindPlaces("A")).Code);
    }

    [Fact]
    public void A_continent_sits_at_its_own_point_and_a_sub_region_at_its_capitals_mean()
    {
        var africa = _kb.Regions.Single(r => r.Name == "Africa");
        Assert.InRange(africa.Lat!.Value, 7.1, 7.3);
        Assert.InRange(africa.Lon!.Value, 21.0, 21.2);
        Assert.Contains("NGA", africa.States);
        var centralAsia = _kb.Regions.Single(r => r.Name == "Central Asia");
        var capitals = centralAsia.States.Select(iso3 => _kb.FindState(iso3)!.CapitalLat!.Value).Average();
        Assert.Equal(Math.Round(capitals, 4), centralAsia.Lat);
    }
}
