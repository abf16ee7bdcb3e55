using Annals.Text;
using Annals.Understanding.Entities;

namespace Annals.Events;

/// <summary>Finds the actor governing a verb: the nearest mention before it in its clause, past appositions, relative pronouns and pronouns.</summary>
/// <remarks>
/// Deliberately shallow: there is no parser. Pronoun resolution takes the nearest earlier mention of a
/// fitting kind (persons for he/she; states and organisations for it; groups, organisations and states
/// for they) in the same sentence before the pronoun, else in the previous few sentences.
/// </remarks>
internal sealed class SubjectFinder
{
    private readonly EventCoderOptions _options;

    public SubjectFinder(EventCoderOptions options) => _options = options;

    /// <summary>A subject: one or more mentions (coordinated), and the token range standing for it (a pronoun may stand for a mention elsewhere).</summary>
    public readonly record struct Subject(int[] Mentions, TextRange Range, int First, int End, bool IsPronoun);

    public Subject? Find(MentionIndex index, Sentence sentence, int verb)
    {
        var doc = index.Doc;
        var clause = ParticipleClause(doc, sentence, verb);
        if (clause >= 0) return MainSubject(index, sentence.FirstToken, clause);
        var start = sentence.FirstToken;
        for (var t = verb - 1; t >= sentence.FirstToken; t--)
        {
            var open = OpeningParenthesis(doc, sentence, t);
            if (open >= 0) { t = open; continue; }
            if (Words.ClauseBreaks.Contains(doc.Token(t).Norm)) { start = t + 1; break; }
        }

        var sawOnlyAuxiliaries = true;
        var locatedGroup = -1;
        for (var t = verb - 1; t >= start; t--)
        {
            var token = doc.Token(t);
            var norm = token.Norm;
            var m = index.Covering(t);
            if (m >= 0)
            {
                var mention = index.Mentions[m];
                var before = mention.FirstToken - 1;
                // "talks in Bishkek", "fighters from Syria": a place after a preposition is not the actor;
                // "Russia's standing ...": a possessor is not the subject of what follows its noun;
                // "the presence of the Russian president ... raised": the head noun is, and it names no actor.
                if ((before >= start && Words.Locative.Contains(doc.Token(before).Norm)) || IsPossessor(doc, mention.EndToken, verb) || IsInsideOfPhrase(doc, start, before))
                {
                    // "Demonstrators in Baghdad blocked a road": with no actor named, the group is known by its place.
                    if (before - 1 >= start && doc.Token(before).Norm is "in" or "from" && Words.ActorHeads.Contains(doc.Token(before - 1).Norm)) locatedGroup = m;
                    t = mention.FirstToken;
                    sawOnlyAuxiliaries = false;
                    continue;
                }
                return WithCoordinated(index, start, m);
            }

            // "X was indicted by the court and will resign", "X shelled Y and killed Z": a predicate joined to
            // another has no subject of its own; it shares the clause's.
            if (sawOnlyAuxiliaries && norm is "and" or "but")
                return MainSubject(index, start, t);

            // "…, the Washington Post said Wednesday": a closing attribution names its speaker after the comma;
            // when no mention stands there, the speaker is unknown, not the actor of the reported clause.
            if (norm == "," && !sawOnlyAuxiliaries && IsClosingAttribution(doc, sentence, verb)) return null;

            if (norm == "," && sawOnlyAuxiliaries)
            {
                // "Vladimir Putin, the Russian president, visited" and "Putin, who arrived on Monday, met".
                var apposed = BeforeApposition(index, start, t);
                if (apposed >= 0) return WithCoordinated(index, start, apposed);
            }

            if (Words.Relative.Contains(norm))
            {
                var p = t - 1;
                if (p >= start && doc.Token(p).Norm == ",") p--;
                var antecedent = index.Covering(p);
                // "guerrillas who overran it": an antecedent that names no actor leaves the clause without one.
                return antecedent >= 0 ? WithCoordinated(index, start, antecedent) : null;
            }

            if (_options.ResolvePronouns && norm is "he" or "she" or "it" or "they")
            {
                var resolved = ResolvePronoun(index, sentence, t, norm);
                return resolved < 0 ? null : new Subject([resolved], token.Range, t, t + 1, true);
            }

            // "their forces had completed", "its troops withdrew": the owner of the actor's forces acts through them.
            if (_options.ResolvePronouns && t + 1 < verb && Words.ActorHeads.Contains(doc.Token(t + 1).Norm) && PersonalOf(norm) is { } personal)
            {
                var resolved = ResolvePronoun(index, sentence, t, personal);
                return resolved < 0 ? null : new Subject([resolved], token.Range, t, t + 2, true);
            }

            if (!(Words.Auxiliary.Contains(norm) || Words.IsAdverb(norm) || Words.Expected.Contains(norm) || Words.Hypothetical.Contains(norm)))
                sawOnlyAuxiliaries = false;
        }
        return locatedGroup >= 0 ? WithCoordinated(index, start, locatedGroup) : null;
    }

    // A verb of saying that ends its sentence but for a time ("said on Monday.").
    private static bool IsClosingAttribution(Doc doc, Sentence sentence, int verb)
    {
        if (!Words.Reporting.Contains(doc.Token(verb).Norm) && doc.Token(verb).Norm != "reported") return false;
        for (var t = verb + 1; t < sentence.EndToken; t++)
        {
            if (t > verb + 6) return false;
            if (doc.Token(t).Norm is "that" or ",") return false;
        }
        return true;
    }

    // "Rebels shelled Juba, killing 20 and wounding 30": an -ing clause after a comma; returns the comma, or -1.
    private static int ParticipleClause(Doc doc, Sentence sentence, int verb)
    {
        if (!doc.Token(verb).Norm.EndsWith("ing", StringComparison.Ordinal)) return -1;
        for (var t = verb - 1; t > sentence.FirstToken && t >= verb - 8; t--)
        {
            var norm = doc.Token(t).Norm;
            if (norm == ",")
            {
                var coordinated = doc.Token(t + 1).Norm.EndsWith("ing", StringComparison.Ordinal) && doc.Token(verb - 1).Norm is "and" or "or";
                return t + 1 == verb || coordinated ? t : -1;
            }
            if (Words.ClauseBreaks.Contains(norm) || Words.Relative.Contains(norm)) return -1;
        }
        return -1;
    }

    // The subject of the clause starting at start: its first mention that is no place after a preposition, with those coordinated to it.
    private static Subject? MainSubject(MentionIndex index, int start, int end)
    {
        var doc = index.Doc;
        for (var t = start; t < end; t++)
        {
            var m = index.StartingAt(t);
            if (m < 0 || (t > start && Words.Locative.Contains(doc.Token(t - 1).Norm))) continue;
            var last = m;
            for (var next = index.Mentions[m].EndToken; next + 1 < end && doc.Token(next).Norm is "and" or "&" && index.StartingAt(next + 1) >= 0; next = index.Mentions[last].EndToken)
                last = index.StartingAt(next + 1);
            return WithCoordinated(index, start, last);
        }
        return null;
    }

    // "the Kurdistan Workers' Party (PKK) said": a short parenthesis glosses a name; it does not end the clause.
    private static int OpeningParenthesis(Doc doc, Sentence sentence, int close)
    {
        if (doc.Token(close).Norm != ")") return -1;
        for (var t = close - 1; t >= sentence.FirstToken && t >= close - 5; t--)
        {
            var norm = doc.Token(t).Norm;
            if (norm == "(") return t;
            if (Words.ClauseBreaks.Contains(norm) || norm == ",") return -1;
        }
        return -1;
    }

    private static bool IsPossessor(Doc doc, int afterMention, int verb) =>
        afterMention < verb - 1 && doc.Token(afterMention).Kind == TokenKind.Clitic && doc.Token(afterMention).Norm == "'s";

    private static bool IsInsideOfPhrase(Doc doc, int start, int before)
    {
        var p = before;
        if (p >= start && doc.Token(p).Norm == "the") p--;
        if (p < start + 1 || doc.Token(p).Norm != "of") return false;
        var head = doc.Token(p - 1);
        return head.Kind == TokenKind.Word && !head.IsCapitalized && !Words.ActorHeads.Contains(head.Norm);
    }

    /// <summary>The actor after a verb that opens its clause: "…, said Sergei Lavrov".</summary>
    public static Subject? FindInverted(MentionIndex index, Sentence sentence, int verb, int after)
    {
        var doc = index.Doc;
        var p = verb - 1;
        while (p >= sentence.FirstToken && Words.Auxiliary.Contains(doc.Token(p).Norm)) p--;
        if (p >= sentence.FirstToken && !(doc.Token(p).Norm == "," || Words.Quotes.Contains(doc.Token(p).Norm))) return null;
        for (var t = after; t < sentence.EndToken && t <= after + 1; t++)
        {
            var m = index.StartingAt(t);
            if (m >= 0)
            {
                var mention = index.Mentions[m];
                return new Subject([m], mention.Range, mention.FirstToken, mention.EndToken, false);
            }
        }
        return null;
    }

    private static int BeforeApposition(MentionIndex index, int start, int comma)
    {
        var doc = index.Doc;
        for (var t = comma - 1; t >= start && t >= comma - 12; t--)
        {
            if (doc.Token(t).Norm != ",") continue;
            var m = index.Covering(t - 1);
            return m >= 0 && index.Mentions[m].EndToken == t ? m : -1;
        }
        return -1;
    }

    // "Hungary and Romania agreed", "France, Germany and Italy condemned".
    private static Subject WithCoordinated(MentionIndex index, int start, int m)
    {
        var doc = index.Doc;
        // The conjuncts before m, nearest first; most subjects have none.
        List<int>? earlier = null;
        var count = 1;
        var first = index.Mentions[m].FirstToken;
        while (true)
        {
            var p = first - 1;
            if (p <= start) break;
            var norm = doc.Token(p).Norm;
            // A list ends in "and": "France, Germany and Italy"; "Rafah, the army" is no list.
            // "Israel and the Palestinians agreed": an article may open the later conjunct.
            if (norm == "the" && p - 1 > start && doc.Token(p - 1).Norm is "and" or "&") norm = doc.Token(--p).Norm;
            if (!(norm is "and" or "&" || (norm == "," && count > 1))) break;
            p--;
            if (p >= start && doc.Token(p).Norm == "," ) p--;
            var previous = index.Covering(p);
            if (previous < 0 || index.Mentions[previous].EndToken != p + 1) break;
            (earlier ??= []).Add(previous);
            count++;
            first = index.Mentions[previous].FirstToken;
        }
        var mentions = new int[count];
        for (var i = 0; i < count - 1; i++) mentions[count - 2 - i] = earlier![i];
        mentions[^1] = m;
        var last = index.Mentions[m];
        return new Subject(mentions, new TextRange(index.Mentions[mentions[0]].Range.Start, last.Range.End), first, last.EndToken, false);
    }

    private int ResolvePronoun(MentionIndex index, Sentence sentence, int pronoun, string norm)
    {
        var doc = index.Doc;
        var firstAllowed = doc.Sentence(Math.Max(0, sentence.Index - _options.PronounLookback)).FirstToken;
        for (var t = pronoun - 1; t >= firstAllowed; t--)
        {
            var m = index.Covering(t);
            if (m < 0) continue;
            var mention = index.Mentions[m];
            t = mention.FirstToken;
            if (Fits(mention.Type, norm) || (norm is "he" or "she" && NamesOfficeHolder(doc, mention))) return m;
        }
        return -1;
    }

    // "President Laurent Gbagbo announced that he will…": a name opening with a title of office is a person even when
    // the entity stage files it under the government or body it stands for.
    private static bool NamesOfficeHolder(Doc doc, EntityMention mention)
    {
        for (var t = mention.FirstToken; t < mention.EndToken && t < mention.FirstToken + 4; t++)
            if (Words.PersonTitles.Contains(doc.Token(t).Norm)) return true;
        return false;
    }

    private static string? PersonalOf(string possessive) => possessive switch
    {
        "its" => "it",
        "their" => "they",
        "his" => "he",
        "her" => "she",
        _ => null,
    };

    private static bool Fits(EntityType type, string pronoun) => pronoun switch
    {
        "he" or "she" => type == EntityType.Person,
        "it" => type is EntityType.State or EntityType.Organization,
        _ => type is EntityType.Group or EntityType.Organization or EntityType.State,
    };
}
