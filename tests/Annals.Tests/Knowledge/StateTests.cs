using Annals.Knowledge;

namespace Annals.Tests.Knowledge;

public sealed class StateTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeBase _kb = fixture.Kb;

    [Theory]
    [InlineData("Kyrgyz Republic", "KGZ")]
    [InlineData("KG", "KGZ")]
    [InlineData("KGZ", "KGZ")]
    [InlineData("kgz", "KGZ")]
    [InlineData("Britain", "GBR")]
    [InlineData("the United States", "USA")]
    [InlineData("U.S.", "USA")]
    [InlineData("ROM", "ROU")]
    [InlineData("Côte d'Ivoire", "CIV")]
    [InlineData("Cote d'Ivoire", "CIV")]
    [InlineData("Holy See", "VAT")]
    [InlineData("Kosovo", "XKX")]
    [InlineData("TRNC", "XNC")]
    public void FindState_matches_codes_names_and_aliases(string text, string iso3) =>
        Assert.Equal(iso3, _kb.FindState(text)?.Iso3);

    [Fact]
    public void FindState_returns_null_for_unknown_names() => Assert.Null(_kb.FindState("Atlantis"));

    [Fact]
    public void All_UN_members_and_both_observers_are_present()
    {
        Assert.Equal(193, _kb.States.Count(s => s.Status == StateStatus.UnMember));
        Assert.Equal(["PSE", "VAT"], _kb.States.Where(s => s.Status == StateStatus.UnObserver).Select(s => s.Iso3).Order());
    }

    [Fact]
    public void Territories_name_their_parent()
    {
        Assert.Equal("CHN", _kb.FindState("Hong Kong")?.ParentIso3);
        Assert.Equal("USAPRI", _kb.FindState("Puerto Rico")?.CameoCode);
    }

    [Fact]
    public void Russia_has_the_Kremlin_as_seat_of_power() =>
        Assert.Contains("the Kremlin", _kb.FindState("Russia")!.SeatsOfPower);

    [Fact]
    public void Places_include_capitals_with_GeoNames_ids()
    {
        var bishkek = Assert.Single(_kb.FindPlaces("Bishkek"));
        Assert.Equal("KGZ", bishkek.Iso3);
        Assert.StartsWith("geonames:", bishkek.Id);
    }
}
