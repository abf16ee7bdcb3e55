using Annals.Tests.Support;

namespace Annals.Tests.Text;

public class SentenceSplitterTest
{
    private static string[] Sentences(string text) => [.. Some.TokenizedDoc(text).Sentences.Select(s => s.Text)];

    [Fact]
    public void Splits_at_full_stops_before_a_capital() =>
        Assert.Equal(["Putin arrived.", "He met Japarov."], Sentences("Putin arrived. He met Japarov."));

    [Fact]
    public void Does_not_split_after_titles_or_initials() =>
        Assert.Equal(["Gen. Mark A. Milley met Dr. Smith in St. Petersburg."], Sentences("Gen. Mark A. Milley met Dr. Smith in St. Petersburg."));

    [Fact]
    public void Splits_after_an_abbreviation_before_a_sentence_starter() =>
        Assert.Equal(["Talks were held in the U.S.", "The two sides agreed."], Sentences("Talks were held in the U.S. The two sides agreed."));

    [Fact]
    public void Keeps_the_abbreviation_inside_when_a_name_follows() =>
        Assert.Single(Sentences("The U.S. Congress voted."));

    [Fact]
    public void Keeps_closing_quotes_with_their_sentence() =>
        Assert.Equal(["“We will not yield.”", "He left."], Sentences("“We will not yield.” He left."));

    [Fact]
    public void Does_not_split_a_quoted_question_followed_by_the_speaker() =>
        Assert.Single(Sentences("“Why now?” asked the minister."));

    [Fact]
    public void A_blank_line_always_ends_a_sentence() =>
        Assert.Equal(["BISHKEK, Kyrgyzstan", "Putin arrived on Thursday."], Sentences("BISHKEK, Kyrgyzstan\n\nPutin arrived on Thursday."));

    [Fact]
    public void A_wrapped_line_does_not_end_a_sentence() =>
        Assert.Single(Sentences("The ministry said the\nCompany would pay."));
}
