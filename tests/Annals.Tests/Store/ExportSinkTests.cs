using Annals.Events;
using Annals.Output;
using Annals.Store;
using Annals.Tests.Support;
using Annals.Understanding.Times;
using NodaTime;

namespace Annals.Tests.Store;

public sealed class ExportSinkTests
{
    private static StoredEvent Visit() => new()
    {
        Id = 1234567890123,
        Code = "0421",
        Label = "make a visit",
        QuadClass = 1,
        Goldstein = 1.9,
        Modality = Modality.Asserted,
        Source = new StoredActor { Text = "Putin", Id = "person:putin", Name = "Vladimir Putin", Actor = "RUSGOV", Country = "RUS" },
        Target = new StoredActor { Text = "Kyrgyzstan", Name = "Kyrgyzstan", Actor = "KGZ", Country = "KGZ" },
        Location = new EventLocation("Bishkek", "KGZ", 42.87, 74.59) { Id = "geonames:1528675" },
        Date = EventDate.Day(new LocalDate(2023, 10, 12)),
        Sentence = 0,
        Start = 0,
        End = 20,
        Evidence = "Putin visited Kyrgyzstan, \"officially\".",
        Pattern = "visit",
        Articles = ["a1", "a2"],
        SourceUrl = "https://example.org/a",
        NumMentions = 3,
        NumSources = 2,
        NumArticles = 2,
        AvgTone = -1.25,
        FirstSeen = Instant.FromUtc(2024, 5, 1, 12, 30, 15),
        LastSeen = Instant.FromUtc(2024, 5, 1, 12, 30, 15),
    };

    [Fact]
    public void GDELT_columns_are_the_61_of_the_published_header_in_order()
    {
        Assert.Equal(61, GdeltColumns.Names.Count);
        if (!SharedData.TryGet("cameo/gdelt/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv", out var header)) return;
        var published = File.ReadAllLines(header).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(published, GdeltColumns.Names);
    }

    [Fact]
    public void A_GDELT_row_fills_ids_dates_actors_codes_counts_and_action_geography()
    {
        var output = new StringWriter();
        var sink = new GdeltEventSink(output);
        sink.Emit(Visit());
        sink.Complete();
        var cells = output.ToString().TrimEnd('\n').Split('\t');
        Assert.Equal(61, cells.Length);
        string Cell(string name) => cells[GdeltColumns.Names.ToList().IndexOf(name)];
        Assert.Equal("1234567890123", Cell("GLOBALEVENTID"));
        Assert.Equal("20231012", Cell("SQLDATE"));
        Assert.Equal("202310", Cell("MonthYear"));
        Assert.Equal("2023", Cell("Year"));
        Assert.Equal("2023.8548", Cell("FractionDate"));
        Assert.Equal("RUSGOV", Cell("Actor1Code"));
        Assert.Equal("VLADIMIR PUTIN", Cell("Actor1Name"));
        Assert.Equal("RUS", Cell("Actor1CountryCode"));
        Assert.Equal("GOV", Cell("Actor1Type1Code"));
        Assert.Equal("KGZ", Cell("Actor2Code"));
        Assert.Equal("", Cell("Actor2Type1Code"));
        Assert.Equal("1", Cell("IsRootEvent"));
        Assert.Equal("0421", Cell("EventCode"));
        Assert.Equal("042", Cell("EventBaseCode"));
        Assert.Equal("04", Cell("EventRootCode"));
        Assert.Equal("3", Cell("NumMentions"));
        Assert.Equal("-1.25", Cell("AvgTone"));
        Assert.Equal("4", Cell("ActionGeo_Type"));
        Assert.Equal("Bishkek, Kyrgyzstan", Cell("ActionGeo_FullName"));
        Assert.Equal("KG", Cell("ActionGeo_CountryCode"));
        Assert.Equal("1528675", Cell("ActionGeo_FeatureID"));
        Assert.Equal("20240501123015", Cell("DATEADDED"));
        Assert.Equal("https://example.org/a", Cell("SOURCEURL"));
    }

    [Fact]
    public void FIPS_codes_differ_from_ISO_where_GDELT_says_so()
    {
        var fips = FipsCountries.Default;
        Assert.Equal("RS", fips.FipsOf("RUS"));
        Assert.Equal("UK", fips.FipsOf("GBR"));
        Assert.Equal("GM", fips.FipsOf("DEU"));
        Assert.Null(fips.FipsOf("XXX"));
    }

    [Fact]
    public void CSV_quotes_cells_with_commas_and_quotes_and_JSON_keeps_the_contract_names()
    {
        var csv = new StringWriter();
        var sink = new CsvEventSink(csv);
        sink.Emit(Visit());
        sink.Complete();
        var lines = csv.ToString().Split("\r\n");
        Assert.StartsWith("id,date,precision,code", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("\"Putin visited Kyrgyzstan, \"\"officially\"\".\"", lines[1], StringComparison.Ordinal);

        var json = new StringWriter();
        var js = new JsonEventSink(json);
        js.Emit(Visit());
        js.Complete();
        using var doc = System.Text.Json.JsonDocument.Parse(json.ToString());
        var e = doc.RootElement.GetProperty("events")[0];
        foreach (var name in new[] { "id", "code", "root", "label", "quadClass", "goldstein", "modality", "source", "target", "location", "date", "sentence", "start", "end", "evidence", "articles", "numMentions", "numSources", "numArticles", "tone" })
            Assert.True(e.TryGetProperty(name, out _), name);
        Assert.Equal("1234567890123", e.GetProperty("id").GetString());
        Assert.Equal("04", e.GetProperty("root").GetString());
    }
}
