using Annals.Text;

namespace Annals.Tests.Text;

public class WordSieveTest
{
    private static readonly string[] Verbs = ["attack", "attacked", "attacks", "meet", "met", "sanction", "a", "'s"];

    [Fact]
    public void Passes_every_word_of_its_set()
    {
        var sieve = new WordSieve(Verbs);
        Assert.All(Verbs, w => Assert.True(sieve.MayContain(w)));
    }

    [Fact]
    public void Turns_down_most_words_outside_its_set()
    {
        var sieve = new WordSieve(Verbs);
        var others = new[] { "the", "of", "and", "to", "in", "said", "minister", "government", "on", "was", "for", "president", "that", "with", "talks" };
        Assert.True(others.Count(w => !sieve.MayContain(w)) >= others.Length - 2);
    }

    [Fact]
    public void Tells_a_word_from_a_longer_form_and_from_nothing()
    {
        var sieve = new WordSieve(["attack"]);
        Assert.True(sieve.MayContain("attack".AsSpan()));
        Assert.False(sieve.MayContain("attacks"));
        Assert.False(sieve.MayContain(""));
    }

    [Fact]
    public void Answers_from_a_word_s_length_and_three_letters_as_from_the_word()
    {
        var sieve = new WordSieve(Verbs);
        var words = Verbs.Concat(["the", "of", "said", "minister", "x", "attach", "meat"]);
        Assert.All(words, w => Assert.Equal(sieve.MayContain(w), sieve.MayContain(w.Length, w[0], w.Length > 1 ? w[1] : '\0', w[^1])));
        Assert.True(sieve.MayContain(6, 'a', 't', 'k'));
        Assert.True(sieve.MayContain(1, 'a', '\0', 'a'));
    }

    [Fact]
    public void An_empty_sieve_turns_everything_down()
    {
        var sieve = new WordSieve([]);
        Assert.False(sieve.MayContain("attack"));
    }
}
