using Annals.Events.Patterns;
using Annals.Text;
using Annals.Understanding.Entities;

namespace Annals.Events;

/// <summary>Finds the target of a match whose pattern named none: the first actor the verb's phrase reaches after the match.</summary>
/// <remarks>
/// Deliberately shallow, like <see cref="SubjectFinder"/>: there is no parser. The verb phrase runs from the match to
/// the end of its clause (a comma that ends no list, a clause word such as "which", "while", "if", "said", a finite
/// verb, or an "and" that opens another predicate), and its first actor is the target: "threatened further action
/// against Russia", "demanded an admission by Moscow", "refused to meet Jordan's king", "began a hunger strike in
/// protest of the government's refusal". These readings keep it honest:
/// <list type="bullet">
/// <item>What another is asked to do names the one asked: "demanded that the US cancel" targets the US, and nothing
/// further in that clause; a pattern that ends in "that" ("warned that") reaches only its clause's subject.</item>
/// <item>An object-control verb ("urged its members to protest against the government") has its object as target,
/// and so does a verb whose object is a pronoun ("kidnapped him"): past it, the actors are not the verb's.</item>
/// <item>Cooperation and consultation (roots 03 to 06) are done with a partner named after a preposition; what they
/// are about is not their target ("discussed the EU budget with Paris", "talks on the fate of two journalists").</item>
/// <item>A place reached through a locative preposition ("met in Beijing") is where the event happened, not whom it
/// was done to; only acts that bear on the place itself (protest, force posture, coercion, violence: "demonstrated in
/// Belgrade", "imposed a curfew in Algiers", "bombs exploded in Kabul") take it, and only when no other actor follows.</item>
/// </list>
/// </remarks>
internal sealed class ObjectFinder
{
    // Words of the verb phrase the search passes before it gives up: "in protest against the widespread human rights violations by",
    // "roads leading to the city centre on Sunday to press their demands for greater freedom from"; the clause's own limits
    // (commas, clause words, finite verbs) end it first in most sentences.
    private const int Reach = 18;

    private readonly Lexicon _lexicon;

    public ObjectFinder(Lexicon lexicon) => _lexicon = lexicon;

    /// <summary>The mentions the verb phrase after <paramref name="match"/> is directed at, or none.</summary>
    /// <remarks><paramref name="threat"/>: the event is a threat, whose condition names whom it is made against.</remarks>
    public int[] Find(MentionIndex index, Sentence sentence, PatternMatch match, int[] sources, bool threat)
    {
        var doc = index.Doc;
        var bearsOnPlace = BearsOnPlace(match.Pattern.Code);
        var partnered = match.Pattern.Code[..2] is "03" or "04" or "05" or "06";
        var controls = Words.ObjectControl.Contains(doc.Token(match.Anchor).Norm) || Words.Mandative.Contains(doc.Token(match.Anchor).Norm);
        var place = -1;
        var words = 0;
        var inList = false;
        var topic = false;
        // "established ties with and opened an embassy in Tehran": a preposition left without its object shares the
        // object of the conjunct after it, so the next actor is the target wherever it stands.
        var stranded = false;
        // "warned that the deletion of government e-mails could harm": a pattern ending in "that" reaches only its clause's subject.
        if (doc.Token(match.Last).Norm == "that") return ClauseSubject(index, sentence, match.Last + 1);
        for (var t = match.Last + 1; t < sentence.EndToken; t++)
        {
            var m = index.StartingAt(t);
            if (m >= 0)
            {
                var (preposition, modified) = PrepositionBefore(doc, match.Last + 1, t);
                if (stranded && !IsSourceActor(index, sources, m)) return WithCoordinated(index, sentence, m);
                if (IsLocated(index, sentence, t, preposition, modified))
                {
                    // "attacked hideouts near the Afghan border": near a place is not in it.
                    if (bearsOnPlace && place < 0 && preposition != "near") place = m;
                }
                // "discussed the EU constitution", "talks on the fate of two journalists": what cooperation or
                // consultation is about is not whom it is with; its partner comes with a preposition.
                else if (!IsSourceActor(index, sources, m) && !(partnered && (topic || !IsPreposition(preposition))))
                    return preposition == "from" ? WithDestination(index, sentence, m) : WithCoordinated(index, sentence, m);
                t = index.Mentions[m].EndToken - 1;
                continue;
            }
            if (index.Covering(t) >= 0) continue;
            var norm = doc.Token(t).Norm;
            if (norm == "that" && IsMandative(doc, sentence, t)) return ClauseSubject(index, sentence, t + 1);
            // "organised a strike that shut down Kathmandu": what a protest or an attack did, said in a relative clause
            // on its own noun, is done to its target.
            if (norm is "that" or "which" && bearsOnPlace && t - 1 != match.Anchor && EffectOf(index, sentence, t) is var effect and >= 0 && !IsSourceActor(index, sources, effect))
                return WithCoordinated(index, sentence, effect);
            if (norm == "that") return Fallback(index, sentence, place);
            if (IsPreposition(norm) && t + 1 < sentence.EndToken && doc.Token(t + 1).Norm is "and" or "or")
            {
                stranded = true;
                t++;
                continue;
            }
            // "artillery, mortar, and rocket fire": a list's last comma may stand before its "and".
            if (norm == "," && (IsListComma(index, sentence, t) || (inList && t + 1 < sentence.EndToken && doc.Token(t + 1).Norm is "and" or "or")))
            {
                inList = true;
                continue;
            }
            // "threatened to halt talks if the United States goes ahead": a threat is made against the one whose act it
            // is conditioned on, when its own phrase named no one.
            if (threat && norm is "if" or "unless")
                return ClauseSubject(index, sentence, t + 1) is [var c, ..] conditioned && !IsSourceActor(index, sources, c) ? conditioned : Fallback(index, sentence, place);
            // "refused and within three weeks was told": a finite verb starts another predicate; "kidnapping him and
            // taking him to": a pronoun is the verb's object, and what follows is not.
            if (norm == "," || Words.ClauseBreaks.Contains(norm) || Words.ClauseOpeners.Contains(norm) || Words.Finite.Contains(norm) || Words.ObjectPronouns.Contains(norm)) break;
            // "donated and personally delivered goods to": a verb joined right after the match shares its object.
            if (norm is "and" or "or" && t == match.Last + 1 && JoinedVerb(doc, sentence, t + 1) is var joined and > 0)
            {
                t = joined;
                continue;
            }
            if (norm is "and" or "or" && OpensClause(index, sentence, t + 1)) break;
            if (controls && norm == "to" && words > 0 && IsInfinitive(doc, index, sentence, t + 1)) break;
            if (partnered && IsPreposition(norm) && norm != "of") topic = Words.Topical.Contains(norm);
            if (++words > Reach) break;
        }
        return Fallback(index, sentence, place);
    }

    // "sent food, medicine and tents to", "artillery, mortar, and rocket fire against": a comma between a list's single
    // words keeps the phrase going; ", the army said", ", killing 20" end it.
    private static bool IsListComma(MentionIndex index, Sentence sentence, int comma)
    {
        var doc = index.Doc;
        for (var t = comma + 1; t < sentence.EndToken && t <= comma + 3; t++)
        {
            var token = doc.Token(t);
            var norm = token.Norm;
            if (t > comma + 1 && norm is "," or "and" or "or") return true;
            if (index.Covering(t) >= 0 || token.Kind != TokenKind.Word || token.IsCapitalized || Words.ClauseOpeners.Contains(norm)
                || Words.Auxiliary.Contains(norm) || Words.Determiners.Contains(norm) || norm.EndsWith("ing", StringComparison.Ordinal))
                return false;
        }
        return false;
    }

    // "weapons and explosives from", "political and territorial autonomy from" join words of one phrase; "and killed",
    // "and will", "and Russia said" open another predicate or clause, whose actors are not this verb's.
    private bool OpensClause(MentionIndex index, Sentence sentence, int t)
    {
        var doc = index.Doc;
        while (t < sentence.EndToken && Words.IsAdverb(doc.Token(t).Norm)) t++;
        if (t >= sentence.EndToken || StartsActor(index, sentence, t) >= 0) return true;
        var norm = doc.Token(t).Norm;
        if (Words.Auxiliary.Contains(norm) || Words.Reporting.Contains(norm) || (norm.Length > 4 && (norm.EndsWith("ed", StringComparison.Ordinal) || norm.EndsWith("ing", StringComparison.Ordinal))))
            return true;
        foreach (var (_, form) in _lexicon.Lookup(norm))
            if ((form & VerbForms.Past) != 0) return true;
        return false;
    }

    // The past or -ed verb at t, past adverbs, that a match's verb is joined to ("and personally delivered"); or -1.
    private int JoinedVerb(Doc doc, Sentence sentence, int t)
    {
        while (t < sentence.EndToken && Words.IsAdverb(doc.Token(t).Norm)) t++;
        if (t >= sentence.EndToken || doc.Token(t).Kind != TokenKind.Word || doc.Token(t).IsCapitalized) return -1;
        var norm = doc.Token(t).Norm;
        if (Words.Auxiliary.Contains(norm) || Words.Reporting.Contains(norm)) return -1;
        if (norm.Length > 4 && norm.EndsWith("ed", StringComparison.Ordinal)) return t;
        foreach (var (_, form) in _lexicon.Lookup(norm))
            if ((form & VerbForms.Past) != 0) return t;
        return -1;
    }

    // Acts that bear on the place they happen in: protest (14), force posture (15), coercion (17), assault (18), fighting (19)
    // and mass violence (20); the threat of curfews, repression or force (132, 137, 138); the easing of curfews and
    // emergency rule (081) and of military engagement (087); aid halted where it was delivered (162), which bears on
    // the people there; peacekeeping or protection given, promised, demanded or refused (074, 0334, 1034, 1224), which
    // bears on the land the force serves in.
    private static bool BearsOnPlace(string code) =>
        code[..2] is "14" or "15" or "17" or "18" or "19" or "20" || code[..3] is "132" or "137" or "138" or "081" or "087" or "162" or "074"
        || code is "0334" or "1034" or "1224";

    // "blocked the bridge from France to Germany": a route's phrase names both its ends.
    private static int[] WithDestination(MentionIndex index, Sentence sentence, int m)
    {
        var found = new List<int> { m };
        var end = index.AddCoordinated(sentence, m, found);
        if (end + 1 < sentence.EndToken && index.Doc.Token(end).Norm == "to" && StartsActor(index, sentence, end + 1) is var destination and >= 0)
            found.Add(destination);
        return [.. found];
    }

    // "a strike that shut down the capital", "an attack which killed 20 soldiers": a relative clause on a common noun
    // whose verb comes first, in the past, says what the act did; its direct object is the act's target. What the
    // clause says further ("a convoy that carried aid to Mosul") is not.
    private int EffectOf(MentionIndex index, Sentence sentence, int relative)
    {
        var doc = index.Doc;
        if (index.Covering(relative - 1) >= 0 || doc.Token(relative - 1).Kind != TokenKind.Word || doc.Token(relative - 1).IsCapitalized) return -1;
        var verb = relative + 1;
        if (verb >= sentence.EndToken || index.Covering(verb) >= 0 || !IsPast(doc.Token(verb).Norm)) return -1;
        var t = verb + 1;
        if (t < sentence.EndToken && doc.Token(t).Norm is "down" or "off" or "up" or "out") t++;
        return StartsActor(index, sentence, t);
    }

    private bool IsPast(string norm)
    {
        if (Words.Auxiliary.Contains(norm) || Words.Be.Contains(norm)) return false;
        foreach (var (_, form) in _lexicon.Lookup(norm))
            if ((form & VerbForms.Past) != 0) return true;
        return norm.Length > 4 && norm.EndsWith("ed", StringComparison.Ordinal);
    }

    private static int[] Fallback(MentionIndex index, Sentence sentence, int place) =>
        place < 0 ? [] : WithCoordinated(index, sentence, place);

    private static int[] WithCoordinated(MentionIndex index, Sentence sentence, int m)
    {
        var found = new List<int> { m };
        index.AddCoordinated(sentence, m, found);
        return [.. found];
    }

    // "Israel and Lebanon renewed talks on a pullback from Lebanon": the actor itself, named again, is not its own target.
    private static bool IsSourceActor(MentionIndex index, int[] sources, int m)
    {
        var mention = index.Mentions[m];
        foreach (var s in sources)
        {
            var source = index.Mentions[s];
            if (s == m || (mention.KbId is not null && mention.KbId == source.KbId)
                || string.Equals(mention.Name ?? mention.Text, source.Name ?? source.Text, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool IsPreposition(string norm) => Words.Prepositions.Contains(norm) || Words.StaticLocative.Contains(norm) || norm is "to" or "by" or "between" or "toward" or "towards";

    // "in Beijing", "at the border", "in the occupied West Bank"; "on the streets of Kathmandu", "in the capital of Mali".
    // A modified mention is located only when it names a place: "near the rugged Afghan border", not "in protest at
    // alleged government attacks".
    private static bool IsLocated(MentionIndex index, Sentence sentence, int mentionStart, string preposition, bool modified)
    {
        var isPlace = index.Mentions[index.StartingAt(mentionStart)].Type is EntityType.Place or EntityType.State;
        if (Words.StaticLocative.Contains(preposition)) return !modified || isPlace;
        if (preposition != "of" || !isPlace) return false;
        var doc = index.Doc;
        for (var p = mentionStart - 2; p >= sentence.FirstToken && p >= mentionStart - 6; p--)
        {
            if (index.Covering(p) >= 0) return false;
            var norm = doc.Token(p).Norm;
            if (Words.StaticLocative.Contains(norm) || norm == "on") return true;
            if (doc.Token(p).Kind != TokenKind.Word || Words.Prepositions.Contains(norm)) return false;
        }
        return false;
    }

    // The preposition governing a mention within the verb's phrase, past its article and whether past other modifiers
    // too: "in", "against", "near the rugged"; else the word before it ("discuss the EU constitution": none).
    private static (string Preposition, bool Modified) PrepositionBefore(Doc doc, int phraseStart, int mentionStart)
    {
        var modified = false;
        for (var p = mentionStart - 1; p >= phraseStart && p >= mentionStart - 4; p--)
        {
            var token = doc.Token(p);
            if (IsPreposition(token.Norm)) return (token.Norm, modified);
            if (token.Norm is "the" or "a" or "an") continue;
            var modifier = token.Kind == TokenKind.Number || Words.Determiners.Contains(token.Norm)
                || (token.Kind == TokenKind.Word && !token.IsCapitalized && !Words.GapStoppers.Contains(token.Norm) && !Words.Auxiliary.Contains(token.Norm));
            if (!modifier) break;
            modified = true;
        }
        return (mentionStart - 1 >= phraseStart ? doc.Token(mentionStart - 1).Norm : "", false);
    }

    // "demanded that", "insisted on its demands that", "urged Friday that".
    private static bool IsMandative(Doc doc, Sentence sentence, int that)
    {
        for (var p = that - 1; p >= sentence.FirstToken && p >= that - 2; p--)
            if (Words.Mandative.Contains(doc.Token(p).Norm)) return true;
        return false;
    }

    // The subject of the clause opening at start: "that the Sudanese government end curbs", "that its partners refuse".
    private static int[] ClauseSubject(MentionIndex index, Sentence sentence, int start)
    {
        var m = StartsActor(index, sentence, start);
        return m < 0 ? [] : WithCoordinated(index, sentence, m);
    }

    // The mention opening a noun phrase at t, past an article or possessive: "the US", "its European partners".
    private static int StartsActor(MentionIndex index, Sentence sentence, int t)
    {
        if (t < sentence.EndToken && index.StartingAt(t) < 0 && index.Doc.Token(t).Norm is "the" or "its" or "his" or "her" or "their" or "all") t++;
        return t < sentence.EndToken ? index.StartingAt(t) : -1;
    }

    // "to protest", not "to the government".
    private static bool IsInfinitive(Doc doc, MentionIndex index, Sentence sentence, int t)
    {
        if (t >= sentence.EndToken || index.Covering(t) >= 0) return false;
        var token = doc.Token(t);
        return token.Kind == TokenKind.Word && !token.IsCapitalized && !Words.Determiners.Contains(token.Norm) && token.Norm is not ("all" or "both");
    }
}
