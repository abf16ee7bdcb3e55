using Annals.Knowledge;
using NodaTime;

namespace Annals.Tests.Knowledge;

public sealed class OrganizationTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeBase _kb = fixture.Kb;

    [Theory]
    [InlineData("CIS")]
    [InlineData("CSTO")]
    [InlineData("EAEU")]
    public void Kyrgyzstan_belongs_in_October_2023_to_a_Russian_led_organisation(string orgId)
    {
        var memberships = _kb.MembershipsOn("KGZ", new LocalDate(2023, 10, 12));
        Assert.Contains(memberships, m => m.OrgId == orgId && m.IsMember);
        Assert.Equal("RUS", _kb.FindOrganization(orgId)?.LedBy);
    }

    [Fact]
    public void The_United_Kingdom_left_the_EU_on_31_January_2020()
    {
        Assert.Contains(_kb.MembersOn("EU", new LocalDate(2020, 1, 30)), m => m.Iso3 == "GBR");
        Assert.DoesNotContain(_kb.MembersOn("EU", new LocalDate(2020, 2, 1)), m => m.Iso3 == "GBR");
    }

    [Fact]
    public void Finland_joined_NATO_in_April_2023()
    {
        Assert.DoesNotContain(_kb.MembersOn("NATO", new LocalDate(2023, 4, 3)), m => m.Iso3 == "FIN");
        Assert.Contains(_kb.MembersOn("North Atlantic Treaty Organisation", new LocalDate(2023, 4, 4)), m => m.Iso3 == "FIN");
    }

    [Fact]
    public void Memberships_with_unknown_start_count_as_current() =>
        Assert.Contains(_kb.MembershipsOn("KGZ", new LocalDate(2023, 10, 12)), m => m.OrgId == "UN" && m.Since is null);

    [Theory]
    [InlineData("Collective Security Treaty Organisation", "CSTO")]
    [InlineData("the Hague court", "ICC")]
    [InlineData("Arab League", "LAS")]
    [InlineData("un", "UN")]
    public void FindOrganization_matches_ids_names_and_aliases(string text, string id) =>
        Assert.Equal(id, _kb.FindOrganization(text)?.Id);

    [Fact]
    public void The_UN_has_its_CAMEO_code() => Assert.Equal("IGOUNO", _kb.FindOrganization("UN")?.CameoCode);
}
