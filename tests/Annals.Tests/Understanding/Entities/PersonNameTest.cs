using Annals.Tests.Support;
using Annals.Text;
using Annals.Understanding.Entities;

namespace Annals.Tests.Understanding.Entities;

/// <summary>People the knowledge base does not hold, found by the evidence around their names.</summary>
public class PersonNameTest
{
    private static Doc Analyse(string text) => Shared.Pipeline.Run(Some.Article(text));

    private static List<EntityMention> People(Doc doc) => doc.Entities.Where(e => e.Type == EntityType.Person).ToList();

    private static EntityMention Person(Doc doc, string text) =>
        People(doc).FirstOrDefault(e => e.Text == text) ?? throw new Xunit.Sdk.XunitException(
            $"no person '{text}'; found: {string.Join(", ", doc.Entities.Select(e => $"'{e.Text}' {e.Type}"))}");

    [Fact]
    public void A_common_given_name_opening_a_capitalised_pair_makes_a_person()
    {
        var e = Person(Analyse("The proposal was drafted by Margaret Holloway and sent to the board on Tuesday."), "Margaret Holloway");
        Assert.Null(e.KbId);
        Assert.Null(e.Actor);
    }

    [Fact]
    public void A_role_before_a_name_makes_a_person_and_a_state_before_the_role_gives_the_actor()
    {
        var doc = Analyse("Brazilian Finance Secretary Osvaldo Tremonte met bankers in the capital.");
        var e = Person(doc, "Osvaldo Tremonte");
        Assert.Equal(("BRA", "BRAGOV"), (e.Country, e.Actor));
    }

    [Fact]
    public void A_role_without_a_state_gives_no_actor_code()
    {
        var e = Person(Analyse("The bank's chief economist Ilse Vandermolen expects rates to fall."), "Ilse Vandermolen");
        Assert.Null(e.Actor);
    }

    [Fact]
    public void An_honorific_makes_even_a_lone_surname_a_person()
    {
        Assert.Single(People(Analyse("Mr Okonkwo declined to comment on the sale.")), e => e.Text == "Okonkwo");
    }

    [Fact]
    public void An_apposition_naming_a_role_makes_a_person()
    {
        Person(Analyse("The plan was welcomed by Tadeusz Wrobelski, the union's chairman, on Friday."), "Tadeusz Wrobelski");
    }

    [Fact]
    public void Later_surname_mentions_link_back_to_the_full_name()
    {
        var doc = Analyse("The talks were led by Laura Fenwick of the growers' association. Fenwick said prices would rise. Ms Fenwick left early.");
        var surnames = People(doc).Where(e => e.Text == "Fenwick").ToList();
        Assert.Equal(2, surnames.Count);
        Assert.All(surnames, e => Assert.Equal("Laura Fenwick", e.Name));
    }

    [Fact]
    public void A_surname_that_is_also_a_town_is_the_person_after_a_full_mention()
    {
        var doc = Analyse("The report was written by Henry Lawson. Lawson said the figures were final.");
        Assert.Equal(2, People(doc).Count(e => e.Name == "Henry Lawson"));
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Place);
    }

    [Fact]
    public void Company_names_that_open_with_a_given_name_are_not_people()
    {
        var doc = Analyse("Shares of Morgan Grenfell Securities rose. The deal was advised by Charles Hammond Holdings Ltd.");
        Assert.Empty(People(doc));
    }

    [Fact]
    public void A_verb_of_speech_alone_does_not_make_a_company_a_person()
    {
        Assert.Empty(People(Analyse("Prices of frozen goods rose, Harvest Meadow Foods said on Monday.")));
    }

    [Fact]
    public void Party_names_that_open_with_a_given_name_are_not_people()
    {
        Assert.Empty(People(Analyse("The Christian Democrats won the regional vote.")));
    }
}
