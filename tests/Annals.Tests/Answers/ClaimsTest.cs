using Annals.Answers;
using Annals.Tests.Support;
using NodaTime;

namespace Annals.Tests.Answers;

public class ClaimsTest
{
    private static Claim Only(string text, string kind, LocalDate? published = null) =>
        Assert.Single(Shared.Pipeline.Run(Some.Article(text, published)).Claims, c => c.Kind == kind);

    [Fact]
    public void A_treaty_claim_that_holds_on_the_publication_date_is_supported() =>
        Assert.Equal(Verdict.Supported, Only("Tajikistan is a member of the International Criminal Court.", ClaimKind.TreatyStatus, new LocalDate(2023, 10, 12)).Verdict);

    [Fact]
    public void A_treaty_claim_the_knowledge_base_denies_is_contradicted()
    {
        var claim = Only("Kyrgyzstan is a member of the International Criminal Court.", ClaimKind.TreatyStatus, new LocalDate(2023, 10, 12));
        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("signatory", claim.Explanation);
    }

    [Fact]
    public void A_negated_treaty_claim_is_judged_as_negated() =>
        Assert.Equal(Verdict.Supported, Only("Kyrgyzstan is not a party to the Rome Statute.", ClaimKind.TreatyStatus, new LocalDate(2023, 10, 12)).Verdict);

    [Fact]
    public void Treaty_standing_is_judged_on_the_article_date() =>
        Assert.Equal(Verdict.Contradicted, Only("The Philippines is a member of the International Criminal Court.", ClaimKind.TreatyStatus, new LocalDate(2020, 1, 1)).Verdict);

    [Fact]
    public void A_membership_claim_names_the_organisation_it_rests_on()
    {
        var claim = Only("Armenia has been a member of the Collective Security Treaty Organization.", ClaimKind.Membership, new LocalDate(2023, 10, 12));
        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal("fact", Assert.Single(claim.Evidence).Kind);
    }

    [Fact]
    public void A_led_membership_claim_fails_for_a_state_in_no_such_organisation() =>
        Assert.Equal(Verdict.Contradicted, Only("Mongolia is a member of several Russian-led regional organizations.", ClaimKind.Membership, new LocalDate(2024, 9, 3)).Verdict);

    [Fact]
    public void A_first_since_claim_about_a_warrant_dates_the_visit_after_the_warrant()
    {
        var doc = Shared.Pipeline.Run(Some.Article("Vladimir Putin made his first trip abroad since the ICC issued a warrant for his arrest. Putin's visit to Tajikistan was brief."));
        var claim = Assert.Single(doc.Claims, c => c.Kind == ClaimKind.FirstSince);
        Assert.Equal(Verdict.Unverifiable, claim.Verdict);
        var visit = Assert.Single(doc.Events, e => e.Code == "042");
        Assert.Equal(new LocalDate(2023, 3, 18), visit.Date.From);
        Assert.Null(visit.Date.To);
    }

    [Fact]
    public void A_named_conflict_is_no_vague_reference() =>
        Assert.DoesNotContain(Shared.Pipeline.Run(Some.Article("The war in Ukraine entered its third year.")).Claims, c => c.Kind == ClaimKind.VagueReference);

    [Fact]
    public void A_relative_time_in_a_dated_article_is_no_claim() =>
        Assert.DoesNotContain(Shared.Pipeline.Run(Some.Article("The court acted earlier this year.", new LocalDate(2023, 10, 12))).Claims, c => c.Kind == ClaimKind.RelativeTime);

    [Fact]
    public void A_count_of_parties_the_knowledge_base_does_not_match_is_contradicted()
    {
        var claim = Only("Ukraine became the 100th state to join the International Criminal Court.", ClaimKind.Count, new LocalDate(2024, 10, 25));
        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("2025-01-01", claim.Explanation);
    }
}
