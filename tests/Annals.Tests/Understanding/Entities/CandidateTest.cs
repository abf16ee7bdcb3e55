using Annals.Tests.Support;
using Annals.Understanding.Entities;

namespace Annals.Tests.Understanding.Entities;

public class CandidateTest
{
    private static readonly GazetteerEntry Springfield = new(EntryKind.Place, "p1", "Springfield", "USA", null, 39.8, -89.6, 114_000) { Admin1 = "US.IL", Admin2 = "US.IL.167" };
    private static readonly GazetteerEntry Ontario = new(EntryKind.AdminDivision, "a1", "Ontario", "CAN", null, 50.0, -85.0, 13_000_000) { Admin1 = "CA.08", Level = 1 };

    [Fact]
    public void Matches_of_one_phrase_share_its_readings()
    {
        var readings = new NameReadings([Springfield]);
        var first = new Candidate(0, 1, readings);
        var second = new Candidate(5, 6, readings);
        Assert.Same(first.Readings, second.Readings);
        Assert.Equal("USA", first.Readings.Facts.LikeliestCountry);
        Assert.Equal([PlaceCoherence.KeyOf("US.IL.167")], first.Readings.Places.Admin2s);
    }

    [Fact]
    public void A_copy_with_other_entries_reads_its_own_entries()
    {
        var springfield = new Candidate(0, 1, new NameReadings([Springfield]));
        var ontario = springfield with { Entries = [Ontario] };
        Assert.Equal("CAN", ontario.Readings.Facts.LikeliestCountry);
        Assert.Same(Ontario, ontario.Readings.Facts.OnlyAdmin1);
        Assert.Equal("USA", springfield.Readings.Facts.LikeliestCountry);
    }

    [Fact]
    public void An_entry_copied_with_another_division_is_keyed_by_that_division()
    {
        var moved = Springfield with { Admin1 = "US.MO", Country = "USA" };
        Assert.Equal(PlaceCoherence.KeyOf("US.MO"), moved.Admin1Key);
        Assert.Equal(Springfield.Admin2Key, moved.Admin2Key);
        Assert.NotEqual(Springfield.Admin1Key, moved.Admin1Key);
        Assert.Equal(PlaceCoherence.KeyOf("USA"), moved.CountryKey);
        Assert.Equal(0, (Springfield with { Admin2 = null }).Admin2Key);
    }

    [Fact]
    public void A_copy_with_other_bounds_cuts_its_own_text()
    {
        var doc = Shared.Pipeline.Run(Some.Article("Fog closed Springfield airport today."));
        var town = new Candidate(2, 3, [Springfield]);
        Assert.Equal("Springfield", town.TextIn(doc));
        Assert.Equal("Springfield airport", (town with { End = 4 }).TextIn(doc));
        Assert.Equal("Springfield", town.TextIn(doc));
    }
}
