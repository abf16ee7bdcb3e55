using Annals.Tests.Support;
using Annals.Understanding.Entities;

namespace Annals.Tests.Understanding.Entities;

public class VillageIndexTest
{
    private static readonly VillageIndex Index = VillageIndex.Build(Shared.Kb.Villages);

    private static (string Matched, IReadOnlyList<GazetteerEntry> Entries) Longest(string text)
    {
        var doc = Shared.Pipeline.Run(Some.Article(text));
        var (end, entries) = Index.Longest(doc, 0, doc.TokenCount);
        return (end == 0 ? "" : doc.Text[doc.Token(0).Start..doc.Token(end - 1).End], entries);
    }

    [Fact]
    public void Finds_the_longest_village_name_with_its_county()
    {
        var (matched, entries) = Longest("La Harpe volunteers came.");
        Assert.Equal("La Harpe", matched);
        var kansas = Assert.Single(entries, e => e.Admin1 == "geonames-admin:US.KS");
        Assert.Equal(("geonames-admin:US.KS.001", EntryKind.Place, true), (kansas.Admin2, kansas.Kind, kansas.Small));
    }

    [Fact]
    public void Matches_a_name_written_without_its_diacritics()
    {
        Assert.Contains(Longest("Arghestan was quiet.").Entries, e => e.Name == "Arghestān");
    }

    [Theory]
    [InlineData("the harpe")]
    [InlineData("Nowhereville-upon-Nothing was quiet.")]
    public void Finds_nothing_for_a_lower_case_word_or_an_unknown_name(string text)
    {
        Assert.Empty(Longest(text).Entries);
    }
}
