using Annals.Tests.Support;
using Annals.Text;
using Annals.Understanding.Entities;
using NodaTime;

namespace Annals.Tests.Understanding.Entities;

public class EntityRecognizerTest
{
    private static Doc Analyse(string text, LocalDate? published = null) => Shared.Pipeline.Run(Some.Article(text, published));

    private static EntityMention Find(Doc doc, string text) =>
        doc.Entities.FirstOrDefault(e => e.Text == text) ?? throw new Xunit.Sdk.XunitException(
            $"no entity '{text}'; found: {string.Join(", ", doc.Entities.Select(e => $"'{e.Text}'"))}");

    [Fact]
    public void Reads_a_village_below_cities1000_where_another_name_shares_its_county()
    {
        // Moran, Kansas (some 500 people) lies in Allen County with Iola.
        var e = Find(Analyse("Storms damaged homes in Moran and Iola, Kansas, on Sunday."), "Moran");
        Assert.Equal((EntityType.Place, "USA"), (e.Type, e.Country));
        Assert.InRange(e.Lat!.Value, 37.8, 38.0);
    }

    [Theory]
    [InlineData("Storms damaged homes in Moran on Sunday.")]
    [InlineData("Storms damaged homes in Moran and in Lyon on Sunday.")]
    public void Leaves_a_village_unread_where_no_other_place_points_to_it(string text)
    {
        Assert.DoesNotContain(Analyse(text).Entities, e => e.Text == "Moran" && e.Type == EntityType.Place);
    }

    [Fact]
    public void Matches_each_longest_name_among_those_opening_with_the_same_word()
    {
        // "New" opens many names, "Papua" one: the second word leads to the name it continues, and a word no name goes on with ends it.
        var doc = Analyse("Envoys from New Zealand and Papua New Guinea met in New Delhi on Monday.");
        Assert.Equal((EntityType.State, "NZL"), (Find(doc, "New Zealand").Type, Find(doc, "New Zealand").Country));
        Assert.Equal((EntityType.State, "PNG"), (Find(doc, "Papua New Guinea").Type, Find(doc, "Papua New Guinea").Country));
        Assert.Equal("IND", Find(doc, "New Delhi").Country);
    }

    [Fact]
    public void Links_a_leader_by_title_and_full_name()
    {
        var e = Find(Analyse("Russian President Vladimir Putin arrived in Bishkek."), "Russian President Vladimir Putin");
        Assert.Equal((EntityType.Person, "vladimir-putin", "RUSGOV", "RUS"), (e.Type, e.KbId, e.Actor, e.Country));
    }

    [Theory]
    [InlineData("Emmanuel Macron arrived in Kyiv.", "Emmanuel Macron", "FRAGOV")]
    [InlineData("King Charles III arrived in Nairobi.", "King Charles III", "GBRGOV")]
    public void A_leader_heading_other_states_in_name_only_is_coded_by_his_own(string text, string name, string actor) =>
        Assert.Equal(actor, Find(Analyse(text, new LocalDate(2024, 6, 1)), name).Actor);

    [Fact]
    public void Links_later_surname_mentions_to_the_person_named_first()
    {
        var doc = Analyse("Kazakh President Kassym-Jomart Tokayev spoke on Monday. Tokayev said the talks went well.");
        Assert.Equal("kassym-jomart-tokayev", Find(doc, "Kazakh President Kassym-Jomart Tokayev").KbId);
        Assert.Equal("kassym-jomart-tokayev", Find(doc, "Tokayev").KbId);
    }

    [Fact]
    public void Resolves_a_role_to_the_office_holder_on_the_publication_date()
    {
        Assert.Equal("dmitry-medvedev", Find(Analyse("The Russian president met the press.", new LocalDate(2009, 6, 1)), "Russian president").KbId);
        Assert.Equal("vladimir-putin", Find(Analyse("The Russian president met the press.", new LocalDate(2023, 6, 1)), "Russian president").KbId);
    }

    [Fact]
    public void Leaves_a_role_unlinked_in_an_undated_article_that_names_no_holder()
    {
        var e = Find(Analyse("The Russian president met the press."), "Russian president");
        Assert.Null(e.KbId);
        Assert.Equal("RUSGOV", e.Actor);
    }

    [Fact]
    public void Reads_a_possessive_state_before_a_title()
    {
        var e = Find(Analyse("Israel's prime minister spoke.", new LocalDate(2023, 10, 12)), "Israel's prime minister");
        Assert.Equal(("benjamin-netanyahu", "ISRGOV"), (e.KbId, e.Actor));
    }

    [Theory]
    [InlineData("The Kremlin rejected the claim.", "Kremlin", "RUS", "RUSGOV")]
    [InlineData("Moscow rejected the claim.", "Moscow", "RUS", "RUSGOV")]
    [InlineData("Kyrgyzstan rejected the claim.", "Kyrgyzstan", "KGZ", "KGZ")]
    [InlineData("Britain rejected the claim.", "Britain", "GBR", "GBR")]
    public void Reads_states_by_name_and_by_seat_of_power(string sentence, string mention, string iso3, string actor)
    {
        var e = Find(Analyse(sentence), mention);
        Assert.Equal((EntityType.State, iso3, actor), (e.Type, e.Country, e.Actor));
    }

    [Fact]
    public void Reads_a_capital_after_a_locative_preposition_as_a_place_with_coordinates()
    {
        var e = Find(Analyse("Talks were held in Moscow."), "Moscow");
        Assert.Equal((EntityType.Place, "RUS"), (e.Type, e.Country));
        Assert.InRange(e.Lat!.Value, 55, 56);
        Assert.InRange(e.Lon!.Value, 37, 38);
    }

    [Fact]
    public void Breaks_ties_between_places_by_the_countries_the_article_names()
    {
        // Two cities of 100,000+ share the name Hyderabad: one in India, one in Pakistan.
        Assert.Equal("PAK", Find(Analyse("Pakistan said floods hit Hyderabad on Monday."), "Hyderabad").Country);
        Assert.Equal("IND", Find(Analyse("India said floods hit Hyderabad on Monday."), "Hyderabad").Country);
    }

    [Theory]
    [InlineData("The ICC issued a warrant.", "ICC", "ICC")]
    [InlineData("The International Criminal Court issued a warrant.", "International Criminal Court", "ICC")]
    [InlineData("The Collective Security Treaty Organization met.", "Collective Security Treaty Organization", "CSTO")]
    public void Reads_organisations_by_name_and_acronym(string sentence, string mention, string id) =>
        Assert.Equal((EntityType.Organization, id), (Find(Analyse(sentence), mention).Type, Find(Analyse(sentence), mention).KbId));

    [Fact]
    public void Acronyms_match_only_as_written() =>
        Assert.DoesNotContain(Analyse("Let us go; un homme."). Entities, e => e.Type == EntityType.State || e.Type == EntityType.Organization);

    [Theory]
    [InlineData("Kyrgyz police detained protesters.", "Kyrgyz police", "KGZCOP")]
    [InlineData("Russian government forces advanced.", "Russian government forces", "RUSMIL")]
    [InlineData("Human rights groups condemned the move.", "Human rights groups", "NGOHRI")]
    [InlineData("Protesters gathered.", "Protesters", "OPP")]
    public void Reads_generic_groups_with_their_cameo_sector(string sentence, string mention, string actor)
    {
        var e = Find(Analyse(sentence), mention);
        Assert.Equal((EntityType.Group, actor), (e.Type, e.Actor));
    }

    [Fact]
    public void Reads_an_unknown_official_after_a_title_with_the_country_of_the_title()
    {
        var e = Find(Analyse("Russian Foreign Minister Sergei Lavrov spoke."), "Russian Foreign Minister Sergei Lavrov");
        Assert.Equal((EntityType.Person, null, "RUSGOV"), (e.Type, e.KbId, e.Actor));
    }

    [Fact]
    public void Reads_world_regions_as_places()
    {
        var e = Find(Analyse("Kyrgyzstan, a Central Asian nation, voted."), "Central Asian");
        Assert.Equal((EntityType.Place, "region:central-asia"), (e.Type, e.KbId));
    }

    [Fact]
    public void Every_mention_slices_the_text()
    {
        var doc = Analyse(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot(), "samples", "state-visit.txt")));
        Assert.NotEmpty(doc.Entities);
        Assert.All(doc.Entities, e => Assert.Equal(e.Text, doc.Text[e.Range.Start..e.Range.End]));
    }
}
