using NodaTime;
using Annals.Answers;
using Annals.Events;
using Annals.Reading;
using Annals.Tests.Support;
using Annals.Text;
using Annals.Understanding.Entities;

namespace Annals.Tests.Samples;

/// <summary>What <c>annals analyze</c> must find in the sample articles of samples/, written for the project.</summary>
public class SampleArticlesTest
{
    private static Doc Analyse(string name)
    {
        var path = Path.Combine(SharedData.RepositoryRoot(), "samples", name);
        var result = ReadResult.FromItems(path, new ArticleReaders().ReadFile(path));
        Assert.Null(result.Failure);
        return Shared.Pipeline.Run(result.Articles.Single());
    }

    private static void HasEntity(Doc doc, EntityType type, string kbId) =>
        Assert.Contains(doc.Entities, e => e.Type == type && e.KbId == kbId);

    private static CodedEvent HasEvent(Doc doc, string code, string sourceActor, string? targetActor, Modality modality = Modality.Asserted) =>
        doc.Events.FirstOrDefault(e => e.Code == code && e.Source.Actor == sourceActor && e.Target?.Actor == targetActor && e.Modality == modality)
        ?? throw new Xunit.Sdk.XunitException($"no {code} {sourceActor} -> {targetActor} ({modality}); coded: "
            + string.Join("; ", doc.Events.Select(e => $"{e.Code} {e.Source.Actor} -> {e.Target?.Actor} {e.Modality}")));

    [Fact]
    public void A_state_visit_to_a_Rome_Statute_party()
    {
        var doc = Analyse("state-visit.txt");
        Assert.Equal("2024-09-03", doc.Article.Published?.ToIsoString());
        HasEntity(doc, EntityType.Person, "vladimir-putin");
        HasEntity(doc, EntityType.Person, "ukhnaagiin-khurelsukh");
        HasEntity(doc, EntityType.State, "MNG");
        var visit = HasEvent(doc, "042", "RUSGOV", "MNG");
        Assert.Equal("2024-09-02", visit.Date.Value);
        HasEvent(doc, "043", "MNG", "RUSGOV");
        HasEvent(doc, "020", "UKR", "MNG");
        // "is expected to return to Moscow" is travel home, not a release (084).
        Assert.DoesNotContain(doc.Events, e => e.Code.StartsWith("08", StringComparison.Ordinal));
        Assert.Contains(doc.Context, c => c.Kind == "treaty-status" && c.Subject == "Mongolia" && c.Statement.Contains("is a State Party"));
        Assert.Contains(doc.Context, c => c.Kind == "warrant" && c.Subject == "Vladimir Putin" && c.Statement.Contains("in force on 2024-09-03"));
    }

    [Fact]
    public void Talks_between_two_governments()
    {
        var doc = Analyse("talks.txt");
        HasEntity(doc, EntityType.Person, "narendra-modi");
        Assert.Contains(doc.Entities, e => e.Text == "Chinese Foreign Minister Wang Yi" && e.Actor == "CHNGOV");
        HasEvent(doc, "040", "CHNGOV", "INDGOV");
        var trip = HasEvent(doc, "042", "INDGOV", "CHN", Modality.Expected);
        Assert.Equal("CHN", trip.Location?.Country);
        HasEntity(doc, EntityType.Organization, "SCO");
    }

    [Fact]
    public void A_protest_and_its_policing()
    {
        var doc = Analyse("protest.txt");
        Assert.Contains(doc.Entities, e => e.Text == "TBILISI" && e.Type == EntityType.Place && e.Country == "GEO");
        Assert.Contains(doc.Entities, e => e.Text == "Georgian police" && e.Actor == "GEOCOP");
        Assert.Contains(doc.Entities, e => e.Actor == "GEOGOV" && e.Text.Contains("Kobakhidze"));
        HasEvent(doc, "112", "GEOGOV", "OPP");
        HasEvent(doc, "141", "OPP", null);
    }

    [Fact]
    public void An_accusation_before_a_court()
    {
        var doc = Analyse("accusation.txt");
        HasEvent(doc, "112", "SDN", "ARE");
        Assert.Contains(doc.Entities, e => e.Text == "Rapid Support Forces" && e.Type == EntityType.Organization);
        Assert.Contains(doc.Entities, e => e.Text == "Sudanese army" && e.Actor == "SDNMIL");
        Assert.Contains(doc.Events, e => e.Code == "016" && e.Source.Actor == "ARE");
        HasEntity(doc, EntityType.Organization, "ICJ");
    }

    [Fact]
    public void Sanctions_and_an_invasion()
    {
        var doc = Analyse("sanctions.txt");
        HasEvent(doc, "163", "IGOEEC", "RUS");
        HasEvent(doc, "190", "RUS", "UKR");
        Assert.Contains(doc.Times, t => t.Text == "February 2022" && t.Date.Value == "2022-02");
        Assert.Contains(doc.Entities, e => e.KbId == "volodymyr-zelenskyy" && e.Actor == "UKRGOV");
    }

    [Fact]
    public void A_treaty_joined()
    {
        var doc = Analyse("treaty.txt");
        HasEntity(doc, EntityType.State, "UKR");
        HasEntity(doc, EntityType.Organization, "ICC");
        Assert.Contains(doc.Times, t => t.Text == "January 1, 2025" && t.Date.Value == "2025-01-01");
        Assert.Contains(doc.Context, c => c.Kind == "treaty-status" && c.Subject == "Ukraine" && c.Statement.Contains("signed the Rome Statute on 2000-01-20"));
        Assert.Contains(doc.Events, e => e.Code == "120" && e.Source.Actor == "RUS");
        var count = Assert.Single(doc.Claims, c => c.Kind == ClaimKind.Count);
        Assert.Equal(Verdict.Supported, count.Verdict);
    }

    [Fact]
    public void The_founding_articles_role_phrase_names_the_office_holder_of_its_day()
    {
        if (!SharedData.TryGet(Path.Combine("..", "seed", "000_af85a14886c4c128.txt"), out var path)) return;
        var article = ReadResult.FromItems(path, new ArticleReaders().ReadFile(path)).Articles.Single();
        const string role = "the Russian President";
        var undated = Shared.Pipeline.Run(article);
        Assert.Equal("vladimir-putin", Assert.Single(undated.Entities, e => e.Text.Equals(role, StringComparison.OrdinalIgnoreCase) || e.Text == "Russian President").KbId);

        // The same sentence in a report of 2010, when the article names no holder: Medvedev held the office.
        var sentence = article.Text[article.Text.IndexOf(role, StringComparison.Ordinal)..];
        sentence = sentence[..(sentence.IndexOf('.') + 1)];
        var in2010 = Shared.Pipeline.Run(new Article { Id = "role-2010", Text = char.ToUpperInvariant(sentence[0]) + sentence[1..], Format = ArticleFormat.Text, Published = new PublicationDate(new LocalDate(2010, 6, 15)) });
        Assert.Equal("dmitry-medvedev", Assert.Single(in2010.Entities, e => e.Type == EntityType.Person).KbId);
    }

    [Fact]
    public void The_founding_article()
    {
        if (!SharedData.TryGet(Path.Combine("..", "seed", "000_af85a14886c4c128.txt"), out var path)) return;
        var article = ReadResult.FromItems(path, new ArticleReaders().ReadFile(path)).Articles.Single();
        var doc = Shared.Pipeline.Run(article);

        Assert.Equal("Putin in Kyrgyzstan for First Trip Abroad Since ICC Arrest Warrant", article.Title);
        Assert.DoesNotContain(article.Title!, article.Text);
        Assert.Null(article.Published);
        HasEntity(doc, EntityType.Person, "vladimir-putin");
        HasEntity(doc, EntityType.State, "RUS");
        HasEntity(doc, EntityType.State, "KGZ");
        HasEntity(doc, EntityType.Organization, "ICC");
        var visit = HasEvent(doc, "042", "RUSGOV", "KGZ");
        Assert.Equal("vladimir-putin", visit.Source.Id);
        HasEvent(doc, "040", "RUSGOV", null, Modality.Expected);
        Assert.Contains(doc.Context, c => c.Kind == "treaty-status" && c.Subject == "Kyrgyzstan" && c.Statement.Contains("has not ratified"));
        Assert.Contains(doc.Context, c => c.Kind == "membership" && c.Statement.Contains("CSTO") && c.Statement.Contains("Russian-led"));
        Assert.Equal("2023-03-18", visit.Date.From?.ToString("uuuu-MM-dd", null));

        var firstSince = Assert.Single(doc.Claims, c => c.Kind == ClaimKind.FirstSince);
        Assert.Equal(Verdict.Unverifiable, firstSince.Verdict);
        Assert.Contains(firstSince.Evidence, e => e.Id == "warrant:vladimir-putin:2023-03-17");
        var ledBy = Assert.Single(doc.Claims, c => c.Kind == ClaimKind.Membership);
        Assert.Equal(Verdict.Supported, ledBy.Verdict);
        Assert.Equal(["membership:KGZ:CIS", "membership:KGZ:CSTO", "membership:KGZ:EAEU"], ledBy.Evidence.Select(e => e.Id).Order());
        Assert.Contains(doc.Claims, c => c.Kind == ClaimKind.VagueReference && c.Text == "a foreign conflict" && c.Explanation.Contains("Ukraine"));
        Assert.Contains(doc.Claims, c => c.Kind == ClaimKind.RelativeTime && c.Text == "earlier this year" && c.Verdict == Verdict.Vague);
    }
}
