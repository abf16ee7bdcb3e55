using Annals.Events;
using Annals.Events.Aggregation;
using Annals.Reading;
using Annals.Understanding.Times;
using NodaTime;
using static Annals.Tests.Store.StoreFixtures;

namespace Annals.Tests.Store;

public sealed class AggregationTests
{
    private static Article Undated(string text) => new() { Id = "a", Text = text, Format = ArticleFormat.Text };

    [Fact]
    public void Reports_with_the_same_actors_code_and_day_are_one_happening()
    {
        var day = EventDate.Day(new LocalDate(2023, 10, 12));
        var happenings = EventAggregator.Group(
            [Event("042", "RUSGOV", "KGZ", day), Event("042", "RUSGOV", "KGZ", day, sentence: 3), Event("043", "KGZ", "RUSGOV", day)],
            Undated("x"), "hash");
        Assert.Equal([2, 1], happenings.Select(h => h.Reports.Count));
        Assert.Equal(HappeningKey.IdOf(happenings[0].Key), happenings[0].Id);
        Assert.True(happenings[0].Id > 0);
    }

    [Fact]
    public void Without_a_day_the_key_falls_back_to_the_publication_day_then_the_article()
    {
        var e = Event("111", "GBRGOV", "USA", EventDate.Unknown);
        var published = new Article { Id = "a", Text = "x", Format = ArticleFormat.Text, Published = new PublicationDate(new LocalDate(2005, 2, 1)) };
        Assert.EndsWith("|published:2005-02-01", HappeningKey.Of(e, published, "h1"), StringComparison.Ordinal);
        Assert.EndsWith("|article:h1", HappeningKey.Of(e, Undated("x"), "h1"), StringComparison.Ordinal);
        Assert.EndsWith("|about:2023-03", HappeningKey.Of(e with { Date = EventDate.Month(new YearMonth(2023, 3)) }, Undated("x"), "h1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Modality_is_part_of_the_key()
    {
        var day = EventDate.Day(new LocalDate(2023, 10, 12));
        Assert.NotEqual(HappeningKey.Of(Event("042", "RUSGOV", "KGZ", day), Undated("x"), "h"),
            HappeningKey.Of(Event("042", "RUSGOV", "KGZ", day, Modality.Expected), Undated("x"), "h"));
    }

    [Fact]
    public void Tone_counts_positive_minus_negative_words_per_hundred()
    {
        var lexicon = ToneLexicon.Parse("# test\nword\tpolarity\ngood\t+1\nbad\t-1\n");
        Assert.Equal(0, lexicon.Score(null, "good bad"));
        Assert.Equal(25, lexicon.Score(null, "a good day today"));
        Assert.Equal(-50, lexicon.Score("Bad", "news"));
        Assert.Equal(0, lexicon.Score(null, "   "));
        Assert.True(ToneLexicon.Default.Count > 200);
        Assert.True(ToneLexicon.Default.Score(null, "Troops killed civilians in an attack, and the crisis deepened.") < 0);
    }
}
