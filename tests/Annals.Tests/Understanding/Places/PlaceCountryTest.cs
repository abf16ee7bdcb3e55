using Annals.Tests.Support;
using Annals.Text;
using Annals.Understanding.Entities;

namespace Annals.Tests.Understanding.Places;

/// <summary>Which country a place is given: the outlet's own country, and the ISO country of a de facto state's land.</summary>
public class PlaceCountryTest
{
    private const string CouncilStory = "London council approves a new bus depot. The vote on Tuesday ended a long debate over traffic near the river.";

    private static Doc Analyse(string text, string? url = null) => Shared.Pipeline.Run(Some.Article(text) with { Url = url });

    private static EntityMention Mention(Doc doc, string text) =>
        doc.Entities.FirstOrDefault(e => e.Text == text) ?? throw new Xunit.Sdk.XunitException(
            $"no mention '{text}'; found: {string.Join(", ", doc.Entities.Select(e => $"'{e.Text}' {e.Type}"))}");

    [Fact]
    public void A_papers_country_code_domain_places_a_name_it_shares_with_a_capital_abroad_at_home()
    {
        var london = Mention(Analyse(CouncilStory, "https://www.example-press.ca/news/council-depot"), "London");
        Assert.Equal(("CAN", EntityType.Place), (london.Country, london.Type));
        Assert.InRange(london.Lat!.Value, 42.8, 43.2);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://www.example-press.com/news/council-depot")]
    // .tv is Tuvalu's code, sold worldwide to broadcasters: it says nothing of where the outlet is.
    [InlineData("https://www.example-press.tv/news/council-depot")]
    public void Without_a_country_code_domain_the_name_is_the_capital(string? url)
    {
        Assert.Equal("GBR", Mention(Analyse(CouncilStory, url), "London").Country);
    }

    [Fact]
    public void The_article_saying_otherwise_outweighs_the_papers_country()
    {
        var doc = Analyse("Britain's government met in London on Tuesday to discuss the British economy.", "https://www.example-press.ca/world/economy");
        Assert.Equal("GBR", Mention(doc, "London").Country);
    }

    [Fact]
    public void A_de_facto_states_land_lies_in_the_iso_country_that_claims_it_while_its_actor_keeps_its_own_code()
    {
        var abkhazia = Mention(Analyse("Officials in Abkhazia said on Monday that the border crossing would reopen."), "Abkhazia");
        Assert.Equal("GEO", abkhazia.Country);
        Assert.StartsWith("XAB", abkhazia.Actor);
    }
}
