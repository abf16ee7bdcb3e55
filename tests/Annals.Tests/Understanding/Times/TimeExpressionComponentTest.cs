using Annals.Pipeline;
using Annals.Understanding.Times;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace Annals.Tests.Understanding.Times;

public sealed class TimeExpressionComponentTest
{
    private static readonly LocalDate Thursday = new(2023, 10, 12);

    [Fact]
    public void Declares_its_contract()
    {
        var info = new TimeExpressionComponent().Info;
        Assert.Equal("times.rules.v1", info.Name);
        Assert.Equal(Annotations.Tokens | Annotations.Sentences, info.Requires);
        Assert.Equal(Annotations.Times, info.Assigns);
    }

    [Fact]
    public void Needs_the_tokenizer_first()
    {
        var error = Assert.ThrowsAny<Exception>(() => new PipelineBuilder().UseTimes().Build());
        Assert.Contains("times.rules.v1", error.Message);
    }

    [Fact]
    public void Reads_ambiguous_numeric_dates_only_when_told_the_order()
    {
        Assert.Equal("(none)", TimeDocs.Describe(TimeDocs.Analyse("Signed 05/09/2023.", Thursday)));
        var dayFirst = TimeDocs.Build(new TimeOptions { NumericDates = NumericDateOrder.DayFirst });
        Assert.Equal("05/09/2023 => 2023-09-05", TimeDocs.Describe(TimeDocs.Analyse("Signed 05/09/2023.", Thursday, dayFirst)));
        var monthFirst = TimeDocs.Build(new TimeOptions { NumericDates = NumericDateOrder.MonthFirst });
        Assert.Equal("05/09/2023 => 2023-05-09", TimeDocs.Describe(TimeDocs.Analyse("Signed 05/09/2023.", Thursday, monthFirst)));
    }

    [Fact]
    public void Relative_dates_without_a_publication_date_say_why_they_are_unknown()
    {
        var mention = Assert.Single(TimeDocs.Analyse("The plan was adopted earlier this year.", null).Times);
        Assert.True(mention.IsRelative);
        Assert.Equal(DatePrecision.Unknown, mention.Date.Precision);
        Assert.Equal("no publication date to resolve 'earlier this year' against", mention.Date.Anchor);
    }

    [Fact]
    public void Relative_dates_record_their_anchor_and_absolute_ones_do_not()
    {
        var times = TimeDocs.Analyse("Talks held on Oct. 3, 2023 resumed on Tuesday.", Thursday).Times;
        Assert.Equal(2, times.Count);
        Assert.False(times[0].IsRelative);
        Assert.Null(times[0].Date.Anchor);
        Assert.True(times[1].IsRelative);
        Assert.Equal("published 2023-10-12", times[1].Date.Anchor);
        Assert.Equal("weekday", times[1].Rule);
    }

    [Fact]
    public void Compound_expressions_keep_their_parts()
    {
        var mention = Assert.Single(TimeDocs.Analyse("She served from May 2010 to June 2014.", Thursday).Times);
        Assert.Equal(["May 2010", "June 2014"], mention.Parts.Select(p => p.Text));
        Assert.Equal("2010-05-01/2014-06-30", mention.Date.ToString());
    }

    [Fact]
    public void Hyphenated_words_open_expressions_by_what_precedes_their_first_hyphen()
    {
        var times = TimeDocs.Analyse(
            "A well-known firm set up twenty-five years ago reported a long-term loss in mid\u2011October and a pre-1990 debt.",
            Thursday).Times;
        Assert.Equal(["twenty-five years ago", "mid\u2011October", "pre-1990"], times.Select(t => t.Text));
    }

    [Fact]
    public void Vague_references_are_marked()
    {
        var times = TimeDocs.Analyse("Prices are high now and may fall in the future.", Thursday).Times;
        Assert.Equal([TimeReference.Present, TimeReference.Future], times.Select(t => t.Reference!.Value));
        var quiet = TimeDocs.Build(new TimeOptions { VagueReferences = false });
        Assert.Empty(TimeDocs.Analyse("Prices are high now and may fall in the future.", Thursday, quiet).Times);
    }

    [Property(MaxTest = 300)]
    public bool Ranges_always_slice_the_source_in_order_without_overlap(PositiveInt seed, bool anchored)
    {
        var random = new Random(seed.Get);
        string[] pieces =
        [
            "Thursday", "on", "March", "May", "12", "12th", ",", "2023", "1990s", "'", "90s", "last", "next", "this", "week", "year",
            "early", "mid-October", "late", "since", "from", "to", "until", "between", "and", "the", "Oct.", "ago", "two", "days",
            "later", "-", "2023-10-05", "25/09/2023", "Q3", "third", "quarter", "of", "today", "night", "fiscal", "future", "now",
            "that", "day", "Christmas", "New", "Year", "'s", ".", "\n", " ", " ", " ", "said", "will", "Putin", "’", "2,000",
        ];
        var text = string.Concat(Enumerable.Range(0, random.Next(1, 80)).Select(_ => pieces[random.Next(pieces.Length)]));
        var doc = TimeDocs.Analyse(text, anchored ? Thursday : null);
        var previousEnd = 0;
        foreach (var mention in doc.Times)
        {
            if (mention.Range.Start < previousEnd || mention.Range.End <= mention.Range.Start || mention.Range.End > text.Length) return false;
            if (text[mention.Range.Start..mention.Range.End] != mention.Text) return false;
            if (mention.Parts.Any(p => !mention.Range.Contains(p.Range) || text[p.Range.Start..p.Range.End] != p.Text)) return false;
            previousEnd = mention.Range.End;
        }
        return true;
    }
}
