using Annals.Answers.Claims;

namespace Annals.Tests.Answers;

public sealed class TriggerLengthsTest
{
    [Fact]
    public void Passes_its_words_and_turns_down_words_of_other_first_letters_or_lengths()
    {
        var filter = new TriggerLengths(["first", "since", "member"]);

        Assert.True(filter.MayContain("first"));
        Assert.True(filter.MayContain("since"));
        Assert.True(filter.MayContain("member"));
        // Same first letter and length: a false positive the look-up after the filter settles.
        Assert.True(filter.MayContain("fiver"));
        Assert.False(filter.MayContain("firsts"));
        Assert.False(filter.MayContain("members"));
        Assert.False(filter.MayContain("after"));
        Assert.False(filter.MayContain("First"));
        Assert.False(filter.MayContain("1st"));
        Assert.False(filter.MayContain(""));
        Assert.False(filter.MayContain(new string('f', 40)));
    }

    [Fact]
    public void Refuses_words_it_cannot_hold()
    {
        Assert.Throws<ArgumentException>(() => new TriggerLengths(["Member"]));
        Assert.Throws<ArgumentException>(() => new TriggerLengths([new string('m', 32)]));
    }
}
