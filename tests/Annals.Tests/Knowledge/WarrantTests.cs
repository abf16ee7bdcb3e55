using Annals.Knowledge;
using NodaTime;

namespace Annals.Tests.Knowledge;

public sealed class WarrantTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeBase _kb = fixture.Kb;

    [Fact]
    public void Putin_has_a_warrant_issued_17_March_2023_in_force_in_October_2023()
    {
        var warrant = Assert.Single(_kb.WarrantsFor("vladimir-putin"));
        Assert.Equal([new LocalDate(2023, 3, 17)], warrant.Issued);
        Assert.Contains("unlawful deportation and transfer of children", warrant.Charges);
        Assert.Contains(_kb.WarrantsInForceOn(new LocalDate(2023, 10, 12)), w => w.PersonId == "vladimir-putin");
        Assert.DoesNotContain(_kb.WarrantsInForceOn(new LocalDate(2023, 3, 16)), w => w.PersonId == "vladimir-putin");
    }

    [Theory]
    [InlineData("benjamin-netanyahu")]
    [InlineData("omar-al-bashir")]
    [InlineData("muammar-gaddafi")]
    [InlineData("rodrigo-duterte")]
    public void Warrants_share_person_ids_with_leaders(string personId)
    {
        Assert.NotEmpty(_kb.WarrantsFor(personId));
        Assert.NotEmpty(_kb.GetPerson(personId)!.Positions);
    }

    [Fact]
    public void Duterte_warrant_ends_with_his_arrest()
    {
        Assert.Contains(_kb.WarrantsInForceOn(new LocalDate(2025, 3, 10)), w => w.PersonId == "rodrigo-duterte");
        Assert.DoesNotContain(_kb.WarrantsInForceOn(new LocalDate(2025, 3, 11)), w => w.PersonId == "rodrigo-duterte");
    }

    [Fact]
    public void Gaddafi_warrant_ended_with_his_death() =>
        Assert.DoesNotContain(_kb.WarrantsInForceOn(new LocalDate(2012, 1, 1)), w => w.PersonId == "muammar-gaddafi");

    [Fact]
    public void Applications_and_summonses_are_not_arrest_warrants()
    {
        var inForce = _kb.WarrantsInForceOn(new LocalDate(2024, 6, 1));
        Assert.DoesNotContain(inForce, w => w.PersonName == "Ismail Haniyeh");
        Assert.DoesNotContain(inForce, w => w.PersonName == "William Samoei Ruto");
    }
}
