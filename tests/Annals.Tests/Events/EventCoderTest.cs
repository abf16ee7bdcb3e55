using Annals.Events;
using Annals.Understanding.Times;
using NodaTime;

namespace Annals.Tests.Events;

public sealed class EventCoderTest
{
    private static readonly EventCoderComponent _coder = new();

    [Fact]
    public void Codebook_carries_labels_quad_classes_goldstein_and_plover()
    {
        var codebook = CameoCodebook.Load();
        var visit = codebook.Get("042");
        Assert.Equal("04", visit.Root);
        Assert.Equal(1, visit.QuadClass);
        Assert.Equal(1.9, visit.Goldstein);
        Assert.Equal("CONSULT", visit.Plover);
        Assert.Equal(4, codebook.Get("190").QuadClass);
        Assert.Equal("ASSAULT", codebook.Get("1823").Plover);
    }

    [Fact]
    public void Every_root_has_patterns_and_every_pattern_a_known_code()
    {
        var dictionary = _coder.Dictionary;
        var roots = dictionary.Patterns.GroupBy(p => p.Code[..2]).ToDictionary(g => g.Key, g => g.Count());
        for (var root = 1; root <= 20; root++)
            Assert.True(roots.GetValueOrDefault(root.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)) >= 5);
        Assert.True(dictionary.Patterns.Count >= 400);
    }

    [Theory]
    [InlineData("[Pakistan|state|PAK|PAK] fought [India|state|IND|IND].")]
    [InlineData("[Ghana|state|GHA|GHA] is seeking a loan from [the IMF|organization|IGO|].")]
    [InlineData("[Peru|state|PER|PER] has sought help from [Chile|state|CHL|CHL].")]
    [InlineData("[Cuba|state|CUB|CUB] went to [Mexico|state|MEX|MEX].")]
    public void Matches_irregular_and_inflected_forms(string marked)
    {
        var doc = SpecParser.BuildDoc(marked);
        _coder.Process(doc);
        Assert.NotEmpty(doc.Events);
    }

    [Fact]
    public void Event_carries_evidence_pattern_location_and_published_date()
    {
        var doc = SpecParser.BuildDoc("[Police|group|TURCOP|TUR] arrested [a journalist|person|TURJRN|TUR] in [Istanbul|place|TUR|TUR].");
        _coder.Process(doc);
        var e = Assert.Single(doc.Events);
        Assert.Equal("173", e.Code);
        Assert.Equal(doc.Text, e.Evidence);
        Assert.StartsWith("verbs/17-coerce.txt:", e.Pattern, StringComparison.Ordinal);
        Assert.Equal("Istanbul", e.Location?.Name);
        Assert.Equal(EventDate.Day(SpecParser.Published, "published"), e.Date);
        Assert.Equal(0, e.Range.Start);
        Assert.Equal("Police arrested a journalist", e.Range.Slice(doc.Text));
    }

    [Fact]
    public void Uses_a_time_mention_of_the_sentence_and_leaves_future_dates_unknown()
    {
        var doc = SpecParser.BuildDoc("[Russia|state|RUS|RUS] attacked [Ukraine|state|UKR|UKR] on 24 February 2022. [Xi|person|CHNGOV|CHN] is due to visit [Serbia|state|SRB|SRB].");
        var at = doc.Text.IndexOf("24 February 2022", StringComparison.Ordinal);
        doc.Times.Add(new TimeMention { Range = new(at, at + 16), Text = "24 February 2022", Date = EventDate.Day(new LocalDate(2022, 2, 24)) });
        _coder.Process(doc);
        Assert.Equal(new LocalDate(2022, 2, 24), doc.Events.Single(e => e.Code == "190").Date.From);
        Assert.False(doc.Events.Single(e => e.Code == "042").Date.IsKnown);
    }

    [Fact]
    public void Pipeline_extension_adds_the_coder_once()
    {
        var builder = new Annals.Pipeline.PipelineBuilder().Add(new Annals.Text.Tokenization.TokenizerComponent());
        builder.UseEventCoder().UseEventCoder();
        Assert.Single(builder.Components.OfType<EventCoderComponent>());
        Assert.Equal("events.patterns.v1", builder.Components[^1].Info.Name);
    }
}
