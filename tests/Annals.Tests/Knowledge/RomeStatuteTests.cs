using Annals.Knowledge;
using NodaTime;

namespace Annals.Tests.Knowledge;

public sealed class RomeStatuteTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeBase _kb = fixture.Kb;

    [Fact]
    public void Kyrgyzstan_in_October_2023_is_a_signatory_not_a_party()
    {
        var status = _kb.RomeStatuteOn("KGZ", new LocalDate(2023, 10, 12));
        Assert.Equal(RomeStatuteState.Signatory, status.Status);
        Assert.False(status.IsParty);
        Assert.Equal(new LocalDate(1998, 12, 8), status.Signed);
    }

    [Fact]
    public void Tajikistan_in_October_2023_is_a_party() =>
        Assert.True(_kb.RomeStatuteOn("TJK", new LocalDate(2023, 10, 12)).IsParty);

    [Fact]
    public void Hungary_is_a_party_until_the_day_before_its_withdrawal_takes_effect()
    {
        Assert.True(_kb.RomeStatuteOn("HUN", new LocalDate(2026, 6, 1)).IsParty);
        var after = _kb.RomeStatuteOn("HUN", new LocalDate(2026, 6, 2));
        Assert.False(after.IsParty);
        Assert.Equal(RomeStatuteState.Withdrawn, after.Status);
    }

    [Fact]
    public void Philippines_was_a_party_in_2018_and_not_in_2020()
    {
        Assert.True(_kb.RomeStatuteOn("PHL", new LocalDate(2018, 6, 1)).IsParty);
        Assert.Equal(RomeStatuteState.Withdrawn, _kb.RomeStatuteOn("PHL", new LocalDate(2020, 6, 1)).Status);
    }

    [Fact]
    public void Ukraine_is_a_party_from_1_January_2025()
    {
        Assert.False(_kb.RomeStatuteOn("UKR", new LocalDate(2024, 12, 31)).IsParty);
        Assert.True(_kb.RomeStatuteOn("UKR", new LocalDate(2025, 1, 1)).IsParty);
    }

    [Fact]
    public void United_States_is_a_signatory_whose_signature_was_withdrawn()
    {
        var status = _kb.RomeStatuteOn("USA", new LocalDate(2023, 10, 12));
        Assert.Equal(RomeStatuteState.Signatory, status.Status);
        Assert.True(status.IsSignatureWithdrawn);
        Assert.Equal(new LocalDate(2002, 5, 6), status.SignatureWithdrawn);
    }

    [Fact]
    public void A_state_is_a_non_signatory_before_it_signs() =>
        Assert.Equal(RomeStatuteState.NonSignatory, _kb.RomeStatuteOn("KGZ", new LocalDate(1998, 12, 7)).Status);

    [Fact]
    public void A_state_absent_from_the_table_is_a_non_signatory() =>
        Assert.Equal(RomeStatuteState.NonSignatory, _kb.RomeStatuteOn("IND", new LocalDate(2023, 10, 12)).Status);

    [Fact]
    public void Codes_are_case_insensitive() =>
        Assert.True(_kb.RomeStatuteOn("tjk", new LocalDate(2023, 10, 12)).IsParty);
}
