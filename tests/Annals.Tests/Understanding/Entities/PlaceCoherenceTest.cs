using Annals.Tests.Support;
using Annals.Understanding.Entities;

namespace Annals.Tests.Understanding.Entities;

public class PlaceCoherenceTest
{
    private static readonly GazetteerEntry Springfield = new(EntryKind.Place, "p1", "Springfield", "USA", null, 39.8, -89.6, 114_000) { Admin1 = "US.IL", Admin2 = "US.IL.167" };
    private static readonly GazetteerEntry Chatham = new(EntryKind.Place, "p2", "Chatham", "USA", null, 39.7, -89.7, 600) { Admin1 = "US.IL", Admin2 = "US.IL.167", Small = true };
    private static readonly GazetteerEntry Peoria = new(EntryKind.Place, "p3", "Peoria", "USA", null, 40.7, -89.6, 113_000) { Admin1 = "US.IL", Admin2 = "US.IL.143" };
    private static readonly GazetteerEntry Ontario = new(EntryKind.AdminDivision, "a1", "Ontario", "CAN", null, 50.0, -85.0, 13_000_000) { Admin1 = "CA.08", Level = 1 };

    [Fact]
    public void A_name_is_backed_by_the_other_names_sharing_its_county_state_and_country()
    {
        var doc = Shared.Pipeline.Run(Some.Article("Springfield and Chatham met."));
        using var coherence = new PlaceCoherence(doc, [new Candidate(0, 1, [Springfield]), new Candidate(2, 3, [Chatham])], _ => true);

        Assert.Equal(new PlaceCoherence.Backing(1, 1, 1), coherence.Support("Springfield", Springfield));
        Assert.True(coherence.MayShareCounty(Chatham));
        // Only another name sharing the county counts: a county no name of the article lies in has no backing, whatever the name.
        Assert.False(coherence.MayShareCounty(Peoria));
        Assert.Equal(0, coherence.Support("Peoria", Peoria).Admin2);
    }

    [Fact]
    public void An_article_is_not_backed_by_the_names_of_the_article_before_it()
    {
        var first = Shared.Pipeline.Run(Some.Article("Springfield and Chatham met."));
        using (new PlaceCoherence(first, [new Candidate(0, 1, [Springfield]), new Candidate(2, 3, [Chatham])], _ => true)) { }

        var second = Shared.Pipeline.Run(Some.Article("Ontario voted."));
        using var coherence = new PlaceCoherence(second, [new Candidate(0, 1, [Ontario])], _ => true);

        Assert.Equal(new PlaceCoherence.Backing(0, 0, 0), coherence.Support("Springfield", Springfield));
        Assert.False(coherence.MayShareCounty(Springfield));
    }
}
