using Annals.Tests.Support;
using Annals.Text;
using Annals.Text.Tokenization;
using FsCheck;
using FsCheck.Xunit;

namespace Annals.Tests.Text;

public class TokenizerTest
{
    private static string[] Tokens(string text) => [.. Some.TokenizedDoc(text).Tokens.Select(t => t.Text)];

    [Theory]
    [InlineData("The U.S. and the U.N. met.", new[] { "The", "U.S.", "and", "the", "U.N.", "met", "." })]
    [InlineData("Gen. Mark Milley spoke on Jan. 5.", new[] { "Gen.", "Mark", "Milley", "spoke", "on", "Jan.", "5", "." })]
    [InlineData("George W. Bush left.", new[] { "George", "W.", "Bush", "left", "." })]
    [InlineData("Putin’s visit", new[] { "Putin", "’s", "visit" })]
    [InlineData("Russia's army didn't stop.", new[] { "Russia", "'s", "army", "did", "n't", "stop", "." })]
    [InlineData("a Russian-led bloc of O'Brien", new[] { "a", "Russian-led", "bloc", "of", "O'Brien" })]
    [InlineData("1,200.5 people on 12/10/2023 at 10:30", new[] { "1,200.5", "people", "on", "12/10/2023", "at", "10:30" })]
    [InlineData("the 15th in the 1990s", new[] { "the", "15th", "in", "the", "1990s" })]
    [InlineData("see https://example.org/a?b=1. Then", new[] { "see", "https://example.org/a?b=1", ".", "Then" })]
    [InlineData("“We will,” he said...", new[] { "“", "We", "will", ",", "”", "he", "said", "..." })]
    [InlineData("Côte d'Ivoire", new[] { "Côte", "d'Ivoire" })]
    [InlineData("Rep. Smith, D-N.Y., and Rep. Jones, R-Calif.", new[] { "Rep.", "Smith", ",", "D", "-", "N.Y.", ",", "and", "Rep.", "Jones", ",", "R", "-", "Calif", "." })]
    [InlineData("in Wheeling, W.Va., and Sen. Byrd, D-W.Va.", new[] { "in", "Wheeling", ",", "W.Va.", ",", "and", "Sen.", "Byrd", ",", "D", "-", "W.Va." })]
    [InlineData("CHARLESTON, W.Va. -- A man", new[] { "CHARLESTON", ",", "W.Va.", "--", "A", "man" })]
    [InlineData("a Coca-Cola. R-Texas and anti-Kremlin", new[] { "a", "Coca-Cola", ".", "R-Texas", "and", "anti-Kremlin" })]
    public void Splits_news_text_into_tokens(string text, string[] expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Keeps_offsets_of_each_token()
    {
        var doc = Some.TokenizedDoc("Putin’s visit to Kyrgyzstan");
        Assert.Equal([(0, 5), (5, 7), (8, 13), (14, 16), (17, 27)], doc.Tokens.Select(t => (t.Start, t.End)));
    }

    [Fact]
    public void Normalises_case_and_apostrophes_for_matching()
    {
        var doc = Some.TokenizedDoc("Putin’s VISIT");
        Assert.Equal(["putin", "'s", "visit"], doc.Tokens.Select(t => t.Norm));
    }

    [Theory]
    [InlineData("a well‐known rock’n’roll iPhone", new[] { "a", "well-known", "rock'n'roll", "iphone" })]
    [InlineData("the non‑binding vote in McAllen", new[] { "the", "non-binding", "vote", "in", "mcallen" })]
    public void Normalises_marks_and_capitals_inside_lower_case_words(string text, string[] expected) =>
        Assert.Equal(expected, Some.TokenizedDoc(text).Tokens.Select(t => t.Norm));

    [Property(MaxTest = 500)]
    public bool A_token_norm_is_its_text_normalised(NonNull<string> input) =>
        Some.TokenizedDoc(input.Get).Tokens.All(t => t.Norm == Tokenizer.Normalize(t.Text));

    [Property(MaxTest = 500)]
    public bool Token_and_sentence_offsets_always_slice_the_source(NonNull<string> input)
    {
        var text = input.Get;
        var doc = Some.TokenizedDoc(text);
        var previousEnd = 0;
        foreach (var token in doc.Tokens)
        {
            if (token.Start < previousEnd || token.End <= token.Start || token.End > text.Length) return false;
            if (text[token.Start..token.End] != token.Text) return false;
            previousEnd = token.End;
        }
        var covered = 0;
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.FirstToken != covered || sentence.TokenCount == 0) return false;
            if (text[sentence.Start..sentence.End] != sentence.Text) return false;
            covered = sentence.EndToken;
        }
        return covered == doc.TokenCount;
    }

    [Property(MaxTest = 300)]
    public bool Offsets_hold_on_news_like_random_text(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        string[] pieces = ["Putin", "’s", " ", ".", "U.S.", "Gen.", "\n\n", "“", "”", "1,200", "-", "Kyrgyz", "http://x.y/z", "’", "n't", "\u00AD", "🙂", "é", "  ", "?"];
        var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
        var doc = Some.TokenizedDoc(text);
        return doc.Tokens.All(t => text[t.Start..t.End] == t.Text)
            && doc.Sentences.Sum(s => s.TokenCount) == doc.TokenCount;
    }
}
