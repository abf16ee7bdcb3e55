using Annals.Events;
using Annals.Events.Patterns;

namespace Annals.Tests.Events;

/// <summary>An analyst's PETRARCH or TABARI verb dictionary is read into Annals' patterns and coded with.</summary>
public sealed class PetrarchVerbDictionaryTest
{
    // A small dictionary in PETRARCH's format, written for these tests.
    private const string Dictionary = """
        <!-- test dictionary: two blocks, one synset -->
        &BARRIER
        +SIEGE
        # a comment inside a synset's list
        +NAVAL_CORDON_
        +BLOCKADE

        ---  BESEECH   [---]  ---
        BESEECH {BESOUGHT }  [020]          # a regular-looking verb with an irregular past
        IMPLORE
        - * + FOR SHELTER                   [0233]   # appeal for humanitarian aid
        - TEARFULLY * +                     [020]    ; words before the verb
        - * + THAT $ WILL                   [020]    # a source after the verb

        ---  UPBRAID   [---]  ---
        UPBRAID   [111]
        +CALL_OFF {+CALLED_OFF +CALLING_OFF }
        - * &BARRIER                        [087]
        - * TALKS (WITH +)                  [164]
        - * &UNDEFINED                      [087]
        - * CONCESSION                      [999]
        - * MEDDLING                        [---]
        - * (BEFORE TRIBUNAL)               [:173]
        """;

    private static readonly CameoCodebook Codebook = CameoCodebook.Load();

    private static PetrarchVerbDictionary Read() => PetrarchVerbDictionary.Read("test.verbs", Dictionary, Codebook);

    private static EventCoderComponent Coder() => new(Codebook, VerbDictionary.Load(Codebook, [Read()]));

    [Fact]
    public void Lines_it_cannot_use_are_reported_with_their_line_and_reason()
    {
        var skipped = Read().Skipped.Select(s => s.ToString()).ToList();
        Assert.Contains("test.verbs:12: words before the verb", skipped);
        Assert.Contains("test.verbs:13: a source after the verb", skipped);
        Assert.Contains("test.verbs:20: the synset &UNDEFINED is not defined", skipped);
        Assert.Contains(skipped, s => s.StartsWith("test.verbs:21: '999' is not a CAMEO event code", StringComparison.Ordinal));
        Assert.Contains("test.verbs:23: only a code from the target to the source ('[:code]')", skipped);
        Assert.Equal(5, skipped.Count);
    }

    [Fact]
    public void Every_pattern_keeps_the_file_and_line_it_came_from()
    {
        var dictionary = VerbDictionary.Load(Codebook, [Read()]);
        var user = dictionary.Patterns.Where(p => p.File == "test.verbs").ToList();
        Assert.Contains(user, p => p.Line == 11 && p.Code == "0233" && p.Text == "beseech|implore +TARGET for shelter");
        Assert.Contains(user, p => p.Line == 18 && p.Code == "087" && p.Text == "call off naval cordon");
        Assert.Contains(user, p => p.Line == 16 && p.Code == "111" && p.Text == "upbraid");
        // The block's header code is the null code: a verb without a code of its own codes nothing alone.
        Assert.DoesNotContain(user, p => p.Text == "implore");
    }

    [Theory]
    [InlineData("[The mayor|person|USAGOV|USA] besought [Canada|state|CAN|CAN] for shelter.", "0233", "CAN")]
    [InlineData("[The mayor|person|USAGOV|USA] implored [Canada|state|CAN|CAN] for shelter.", "0233", "CAN")]
    [InlineData("[Egypt|state|EGY|EGY] upbraided [Israel|state|ISR|ISR].", "111", "ISR")]
    [InlineData("[The navy|group|USAMIL|USA] called off the siege.", "087", null)]
    [InlineData("[Sudan|state|SDN|SDN] upbraided talks with [Chad|state|TCD|TCD].", "164", "TCD")]
    public void Sentences_are_coded_with_the_users_patterns(string marked, string code, string? target)
    {
        var doc = SpecParser.BuildDoc(marked);
        Coder().Process(doc);
        var e = Assert.Single(doc.Events, e => e.Code == code);
        Assert.Equal(target, e.Target?.Country);
        Assert.StartsWith("test.verbs:", e.Pattern, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tabari_file_without_block_headers_gives_each_verb_its_own_patterns()
    {
        const string tabari = """
            ; TABARI style: each verb followed by its patterns
            SCOLD_ [111]
            - * + FOR LATENESS [111]
            PLEAD [020]
            - * FOR_MERCY [020]
            """;
        var read = PetrarchVerbDictionary.Read("old.verbs", tabari, Codebook);
        var texts = VerbDictionary.Load(Codebook, [read]).Patterns.Where(p => p.File == "old.verbs").Select(p => p.Text).ToList();
        Assert.Equal(["scold", "scold +TARGET for lateness", "plead", "plead for mercy"], texts);
        Assert.Empty(read.Skipped);
    }
}
