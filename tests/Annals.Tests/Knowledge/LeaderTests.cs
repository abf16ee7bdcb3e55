using Annals.Knowledge;
using NodaTime;

namespace Annals.Tests.Knowledge;

public sealed class LeaderTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeBase _kb = fixture.Kb;

    [Fact]
    public void Russia_head_of_state_is_Putin_in_2023_and_Medvedev_in_2009()
    {
        Assert.Equal("vladimir-putin", _kb.HeadOfStateOn("RUS", new LocalDate(2023, 10, 12))?.Id);
        Assert.Equal("dmitry-medvedev", _kb.HeadOfStateOn("RUS", new LocalDate(2009, 1, 1))?.Id);
    }

    [Fact]
    public void Terms_are_half_open_the_successor_holds_office_on_the_handover_day()
    {
        Assert.Equal("vladimir-putin", _kb.HeadOfStateOn("RUS", new LocalDate(2008, 5, 6))?.Id);
        Assert.Equal("dmitry-medvedev", _kb.HeadOfStateOn("RUS", new LocalDate(2008, 5, 7))?.Id);
    }

    [Fact]
    public void Putin_was_head_of_government_in_2010()
    {
        var positions = _kb.PositionsOn("vladimir-putin", new LocalDate(2010, 1, 1));
        var position = Assert.Single(positions);
        Assert.Equal(LeaderRole.HeadOfGovernment, position.Role);
        Assert.Equal("RUS", position.Iso3);
    }

    [Fact]
    public void A_head_of_several_states_acts_for_the_one_whose_office_is_held_in_person()
    {
        var on = new LocalDate(2024, 6, 1);
        // Macron is also co-prince of Andorra ex officio; Charles III reigns in the other realms through governors-general.
        Assert.Equal("FRA", _kb.GetPerson("emmanuel-macron")!.PrincipalPosition(on)?.Iso3);
        Assert.Equal("GBR", _kb.GetPerson("charles-iii")!.PrincipalPosition(on)?.Iso3);
        Assert.Equal("CAN", _kb.GetPerson("charles-iii")!.PrincipalPosition(on, state: "CAN")?.Iso3);
        Assert.True(_kb.PositionsOn("emmanuel-macron", on).Single(p => p.Iso3 == "AND").IsNominal);
    }

    [Fact]
    public void FindPerson_matches_names_and_ignores_case_but_not_a_bare_surname()
    {
        Assert.Equal("vladimir-putin", _kb.FindPerson("vladimir putin")?.Id);
        Assert.Equal("vladimir-putin", _kb.FindPerson("Vladimir Vladimirovich Putin")?.Id);
        Assert.Null(_kb.FindPerson("Japarov"));
    }

    [Fact]
    public void Andorra_has_two_co_princes_at_once()
    {
        var heads = _kb.HeadsOfStateOn("AND", new LocalDate(2023, 10, 12));
        Assert.Equal(2, heads.Count);
        Assert.Contains(heads, p => p.PersonId == "emmanuel-macron");
    }

    [Fact]
    public void Recognised_holder_comes_before_a_de_facto_ruler() =>
        Assert.Equal("burhanuddin-rabbani", _kb.HeadOfStateOn("AFG", new LocalDate(1999, 1, 1))?.Id);

    [Fact]
    public void Namesakes_in_different_states_are_different_people()
    {
        Assert.NotNull(_kb.GetPerson("albert-ii-bel"));
        Assert.NotNull(_kb.GetPerson("albert-ii-mco"));
    }

    [Fact]
    public void All_country_terms_are_loaded() =>
        Assert.Equal(2640, _kb.People.Sum(p => p.Positions.Count));
}
