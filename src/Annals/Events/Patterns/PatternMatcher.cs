using Annals.Text;

namespace Annals.Events.Patterns;

/// <summary>Finds where the dictionary's patterns match in one sentence, and keeps the most specific of overlapping matches.</summary>
/// <remarks>Immutable and thread-safe: per-sentence state lives in locals.</remarks>
internal sealed class PatternMatcher
{
    private readonly VerbDictionary _dictionary;
    private readonly EventCoderOptions _options;

    public PatternMatcher(VerbDictionary dictionary, EventCoderOptions options)
    {
        _dictionary = dictionary;
        _options = options;
    }

    /// <summary>The matches in <paramref name="sentence"/> in text order, the most specific kept where matches overlap; null when none.</summary>
    /// <remarks><paramref name="state"/>: the document's state of an attempt, over the same mentions and forms.</remarks>
    public List<PatternMatch>? Match(MentionIndex mentions, TokenForms forms, MatchState state, Sentence sentence)
    {
        var doc = mentions.Doc;
        List<PatternMatch>? found = null;
        forms.Gather(mentions, sentence);
        // A token inside a mention names an actor, not a verb.
        foreach (var t in forms.AnchorTokens)
        {
            var lemmas = forms.Of(t);
            // Verbs are lower case inside a sentence; a capitalised word there is a name or a month ("in March").
            if (t > sentence.FirstToken && doc.Token(t).IsCapitalized && !Words.Quotes.Contains(doc.Token(t - 1).Norm)) continue;
            foreach (var (lemma, form) in lemmas)
            {
                // Whether the token reads as a verb, and follows "be", depends on the token and its form, not on the
                // pattern: worked out when the first verbal pattern asks, for all the others anchored on it.
                bool? verbal = null;
                bool? afterBe = null;
                foreach (var pattern in _dictionary.Anchored(lemma))
                {
                    if (!forms.HasAll(pattern.RequiredWords)) continue;
                    var passive = false;
                    if (!pattern.IsNominal)
                    {
                        verbal ??= ReadsAsVerb(doc, mentions, forms, t, form, sentence);
                        if (!verbal.Value) continue;
                        if ((form & (VerbForms.Participle | VerbForms.Past)) != 0)
                        {
                            afterBe ??= IsAfterBe(doc, t, sentence.FirstToken);
                            passive = afterBe.Value && !IsStative(doc, forms, pattern, t, sentence.EndToken);
                        }
                    }
                    state.Reset(sentence, pattern, passive);
                    var match = TryMatch(state, mentions, pattern, t, form, passive);
                    if (match is not null) (found ??= []).Add(match);
                }
            }
        }
        return found is null ? null : SelectMostSpecific(found);
    }

    private static bool ReadsAsVerb(Doc doc, MentionIndex mentions, TokenForms forms, int t, VerbForms form, Sentence sentence)
    {
        if (t > sentence.FirstToken && Words.Determiners.Contains(doc.Token(t - 1).Norm)) return false;
        // "for alleged crimes", "of the proposed deal": a participle after a preposition describes a noun.
        if ((form & VerbForms.Participle) != 0 && t > sentence.FirstToken && Words.Prepositions.Contains(doc.Token(t - 1).Norm)) return false;
        if (ReadsAsNoun(doc, mentions, t, form, sentence.FirstToken) || IsReducedRelative(doc, mentions, t, form, sentence)) return false;
        // "to address the allegations and discuss ...": a base form joined to an infinitive is governed with it.
        if (form == VerbForms.Base && IsCoordinatedInfinitive(doc, t, sentence.FirstToken)) return false;
        // "a two-day state visit": a verb right before a noun the dictionary also knows as a noun reads as a modifier.
        return !(t + 1 < sentence.EndToken && IsCompoundModifier(doc, t) && !forms.Of(t + 1).IsEmpty);
    }

    // "air raids", "two attacks", "a missile attack", "suspended aid", "after fighting": an -s or base form after a modifier, or any form
    // after a preposition, is a noun. A verb in those forms follows its subject, an auxiliary, "to" or an adverb ("Hamas attacks",
    // "rebels attack", "will aid"); a bare verb's subject is plural, and a singular noun before it modifies it. An -ing form after a
    // noun still acts ("a statement demanding", "protesters blocking roads").
    private static bool ReadsAsNoun(Doc doc, MentionIndex mentions, int t, VerbForms form, int first)
    {
        if (t == first || form is not (VerbForms.ThirdPerson or VerbForms.Gerund or VerbForms.Base) || mentions.Covering(t - 1) >= 0) return false;
        var previous = doc.Token(t - 1);
        if (previous.Kind == TokenKind.Number) return true;
        if (previous.Kind != TokenKind.Word || previous.IsCapitalized) return false;
        var norm = previous.Norm;
        if (Words.Prepositions.Contains(norm) || (form == VerbForms.Gerund && Words.BeforeGerundNoun.Contains(norm))) return true;
        if (form == VerbForms.Gerund) return IsModifiedGerund(doc, t, first);
        if (form == VerbForms.Base && (norm.EndsWith('s') || Words.PluralsWithoutS.Contains(norm)) && !norm.EndsWith("ss", StringComparison.Ordinal)) return false;
        return !(Words.Auxiliary.Contains(norm) || Words.Be.Contains(norm) || Words.IsAdverb(norm) || Words.SubjectPronouns.Contains(norm) || Words.Relative.Contains(norm)
            || Words.Aspectual.Contains(norm) || Words.GapStoppers.Contains(norm));
    }

    // "after two days of fierce fighting", "after heavy shelling": an -ing form after an adjective that follows a preposition or
    // an article is a noun. A plural before it may be its subject ("reports of rebels attacking"), so only a singular word counts.
    private static bool IsModifiedGerund(Doc doc, int t, int first)
    {
        if (t - 2 < first) return false;
        var modifier = doc.Token(t - 1).Norm;
        var before = doc.Token(t - 2).Norm;
        if (modifier.EndsWith('s') || Words.Auxiliary.Contains(modifier) || Words.Be.Contains(modifier) || Words.IsAdverb(modifier)
            || Words.SubjectPronouns.Contains(modifier) || Words.Relative.Contains(modifier) || Words.Aspectual.Contains(modifier)
            || Words.GapStoppers.Contains(modifier) || Words.Determiners.Contains(modifier) || Words.PluralsWithoutS.Contains(modifier)) return false;
        return Words.Prepositions.Contains(before) || Words.BeforeGerundNoun.Contains(before) || before is "a" or "an" or "the";
    }

    // "weapons seized last year", "property seized by the army": a participle right after a common noun, before its agent or a time, describes the noun.
    private static bool IsReducedRelative(Doc doc, MentionIndex mentions, int t, VerbForms form, Sentence sentence)
    {
        if ((form & VerbForms.Participle) == 0 || t == sentence.FirstToken || t + 1 >= sentence.EndToken || mentions.Covering(t - 1) >= 0) return false;
        if (doc.Token(t + 1).Norm is not ("by" or "last" or "earlier")) return false;
        var previous = doc.Token(t - 1);
        return previous.Kind == TokenKind.Word && !previous.IsCapitalized && !Words.Auxiliary.Contains(previous.Norm) && !Words.Be.Contains(previous.Norm)
            && !Words.IsAdverb(previous.Norm) && !Words.SubjectPronouns.Contains(previous.Norm) && !Words.Relative.Contains(previous.Norm) && !Words.GapStoppers.Contains(previous.Norm);
    }

    private static bool IsCoordinatedInfinitive(Doc doc, int t, int first)
    {
        if (t - 1 < first || doc.Token(t - 1).Norm is not ("and" or "or")) return false;
        for (var p = t - 2; p >= first && p >= t - 8; p--)
        {
            var norm = doc.Token(p).Norm;
            if (norm == "to") return true;
            if (norm is "," or ";" || Words.Auxiliary.Contains(norm) && norm != "to") return false;
        }
        return false;
    }

    private static bool IsCompoundModifier(Doc doc, int t)
    {
        var previous = t > 0 ? doc.Token(t - 1) : default;
        // Hyphenated or numeric modifiers before the word mark a noun phrase: "two-day state visit", "5-year peace deal".
        return t > 0 && (previous.Text.Contains('-') || previous.Kind == TokenKind.Number) && doc.Token(t + 1).Kind == TokenKind.Word
            && !Words.GapStoppers.Contains(doc.Token(t + 1).Norm) && !Words.Prepositions.Contains(doc.Token(t + 1).Norm) && doc.Token(t + 1).Norm is not ("to" or "the" or "a" or "an");
    }

    // "were engaged in ethnic cleansing", "is committed to reform": a participle followed by its own pattern's preposition says what its subject does.
    private static bool IsStative(Doc doc, TokenForms forms, EventPattern pattern, int t, int end)
    {
        if (t + 1 >= end) return false;
        // "is opposed to the plan" says what its subject does (opposes it); "was sent to Bosnia" is a passive.
        if (doc.Token(t + 1).Norm == "to" && Words.StativeBeforeTo.Contains(doc.Token(t).Norm)) return true;
        if (pattern.Elements.Length <= pattern.Anchor + 1) return false;
        var next = pattern.Elements[pattern.Anchor + 1];
        if (next.Kind != PatternElementKind.Word || next.Group != 0 || doc.Token(t + 1).Norm is not ("in" or "to" or "on" or "with")) return false;
        foreach (var (lemma, _) in forms.Of(t + 1))
            if (Array.IndexOf(next.Lemmas, lemma) >= 0) return true;
        return false;
    }

    private static bool IsAfterBe(Doc doc, int verb, int first)
    {
        for (var t = verb - 1; t >= first && t >= verb - 3; t--)
        {
            var norm = doc.Token(t).Norm;
            if (Words.Be.Contains(norm)) return norm != "'s" || t == verb - 1;
            if (!(Words.IsAdverb(norm) || norm is "not" or "n't" or "also" or "reportedly" or "allegedly" or "being")) return false;
        }
        return false;
    }

    private static PatternMatch? TryMatch(MatchState state, MentionIndex mentions, EventPattern pattern, int anchor, VerbForms form, bool passive)
    {
        state.Words.Add(anchor);
        var first = anchor;
        if (pattern.Anchor > 0 && !state.MatchPrefix(anchor, out first)) return null;
        if (!state.MatchFrom(pattern.Anchor + 1, anchor + 1)) return null;
        var last = anchor;
        foreach (var w in state.Words) last = Math.Max(last, w);
        foreach (var m in state.Targets) last = Math.Max(last, mentions.Mentions[m].EndToken - 1);
        if (state.Source >= 0) last = Math.Max(last, mentions.Mentions[state.Source].EndToken - 1);
        return new PatternMatch
        {
            Pattern = pattern,
            Anchor = anchor,
            AnchorForm = form,
            Passive = passive,
            WordTokens = [.. state.Words],
            Targets = [.. state.Targets],
            Source = state.Source,
            First = Math.Min(first, state.Words.Min()),
            Last = last,
        };
    }

    private static List<PatternMatch> SelectMostSpecific(List<PatternMatch> found)
    {
        if (found.Count <= 1) return found;
        found.Sort((a, b) =>
        {
            var c = b.Pattern.Specificity.CompareTo(a.Pattern.Specificity);
            if (c != 0) return c;
            c = (b.Last - b.First).CompareTo(a.Last - a.First);
            if (c != 0) return c;
            c = b.Targets.Length.CompareTo(a.Targets.Length);
            return c != 0 ? c : a.Anchor.CompareTo(b.Anchor);
        });
        var kept = new List<PatternMatch>();
        foreach (var match in found)
            if (!SharesWord(kept, match)) kept.Add(match);
        kept.Sort((a, b) => a.Anchor.CompareTo(b.Anchor));
        return kept;
    }

    // A sentence keeps a few matches of a few words each: a search of them is cheaper than a set.
    private static bool SharesWord(List<PatternMatch> kept, PatternMatch match)
    {
        foreach (var other in kept)
            foreach (var t in match.WordTokens)
                if (Array.IndexOf(other.WordTokens, t) >= 0) return true;
        return false;
    }
}
