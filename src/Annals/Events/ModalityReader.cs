using Annals.Text;

namespace Annals.Events;

/// <summary>Whether an act is one its actor states an intent to do, or threatens to do.</summary>
internal enum Intent
{
    None,
    Stated,
    Threatened,

    /// <summary>A stated intent not to act: "will not meet", "said it would not release".</summary>
    Refused,

    /// <summary>An act being readied, not announced: "the army prepared to attack", "troops are preparing to shell".</summary>
    Prepared,
}

/// <summary>A verb's modality, and whether its actor only states an intent to do it.</summary>
internal readonly record struct ModalityReading(Modality Modality, Intent Intent);

/// <summary>Reads whether a verb is asserted, expected, denied or hypothetical from its own clause's auxiliaries.</summary>
/// <remarks>
/// Only the words between the verb's subject and the verb count, so "Russia said Ukraine would attack"
/// makes the attack hypothetical and the statement asserted. A bare infinitive governed by another
/// verb ("refused to cooperate", "urged X to withdraw") is not an event of its own: the governing verb's
/// pattern codes it; the reader says so by returning null. An infinitive governed by a word of intent
/// ("vowed to attack", "is ready to send troops", "will visit", "said it would release") is read as a
/// stated intent, which CAMEO codes as the statement (roots 03 and 13), not as the act.
/// </remarks>
internal static class ModalityReader
{
    // purposeIsAct: whether the act is done by the very act it is the purpose of; workers who "stopped work on
    // Monday to protest" or "gathered in the square to protest" have protested.
    public static ModalityReading? Read(Doc doc, Sentence sentence, int windowStart, int verb, int subjectFirst, bool purposeIsAct = false)
    {
        var denied = false;
        var hypothetical = false;
        var expected = false;
        var intent = Intent.None;
        var would = false;
        var possible = false;
        var from = Math.Max(windowStart, verb - 8);

        // "demanded that the US cancel", "should cooperate", "must withdraw": what one asks or owes is no act yet.
        if (IsMandated(doc, sentence, subjectFirst)) return null;
        for (var t = from; t < verb; t++)
        {
            var norm = doc.Token(t).Norm;
            if (norm is "must" or "should") return null;
            if (Words.Negations.Contains(norm) || Words.Denial.Contains(norm)) denied = true;
            else if (norm is "would" or "'d") would = true;
            else if (Words.Hypothetical.Contains(norm)) (hypothetical, possible) = (true, norm is "may" or "might" or "could");
            else if (Words.Expected.Contains(norm)) expected = true;
            if (IsPreparation(doc, t, from)) intent = Intent.Prepared;
            else if (Words.IntentMarkers.Contains(norm)) intent = Intent.Stated;
        }

        // "is to visit" plans a visit; "vowed to attack" states an intent; "refused to cooperate" is coded by "refuse"
        var p = verb - 1;
        while (p >= from && Words.IsAdverb(doc.Token(p).Norm)) p--;
        if (p >= from && doc.Token(p).Norm == "to")
        {
            // "threatened on Sunday to resume": a time phrase stands between the governor and its infinitive.
            var q = p - 1;
            while (q >= from && (Words.IsAdverb(doc.Token(q).Norm) || Words.TimeWords.Contains(doc.Token(q).Norm) || Words.Weekdays.Contains(doc.Token(q).Norm))) q--;
            var governor = q >= from ? doc.Token(q).Norm : "";
            // "continued to send arms", "decided to impose": the act itself.
            if (!Words.Aspectual.Contains(governor))
            {
                if (Words.Be.Contains(governor)) expected = true;
                else if (IsPreparation(doc, q, from)) intent = Intent.Prepared;
                else if (Words.IntentMarkers.Contains(governor) || intent == Intent.Stated) intent = Intent.Stated;
                else if (Words.ThreatMarkers.Contains(governor)) intent = Intent.Threatened;
                else if (purposeIsAct && !expected && !denied && IsPurpose(doc, sentence, p)) return new(Modality.Asserted, Intent.None);
                else if (!expected && !denied) return null;
            }
        }

        // "Iraq said it would allow": reported speech puts the speaker's intent in the conditional.
        if (would && IsReported(doc, sentence, subjectFirst)) intent = Intent.Stated;
        else if (would) hypothetical = true;

        // "may halt mediation if cooperation founders": an act an actor puts on a condition of its own is a threat or an offer.
        if (possible && !denied && HasLaterCondition(doc, sentence, verb)) (hypothetical, intent) = (false, Intent.Stated);

        for (var t = subjectFirst - 1; t >= sentence.FirstToken && t >= subjectFirst - 3; t--)
            if (Words.Conditional.Contains(doc.Token(t).Norm)) hypothetical = true;

        if (denied) return new(Modality.Denied, intent == Intent.Stated ? Intent.Refused : Intent.None);
        if (hypothetical) return new(Modality.Hypothetical, Intent.None);
        if (intent != Intent.None) return new(Modality.Asserted, intent);
        return new(expected ? Modality.Expected : Modality.Asserted, Intent.None);
    }

    // "prepared to attack" as a verb readies the act; "is prepared to attack" is a stated readiness, an intent.
    private static bool IsPreparation(Doc doc, int governor, int from)
    {
        var norm = doc.Token(governor).Norm;
        if (norm is not ("prepare" or "prepares" or "prepared" or "preparing")) return false;
        var before = governor - 1;
        while (before >= from && Words.IsAdverb(doc.Token(before).Norm)) before--;
        return norm != "prepared" || before < from || !Words.Be.Contains(doc.Token(before).Norm);
    }

    // The subject is a pronoun after a verb of saying: "said (that) it", "said on Friday they"; "Moscow said Kyiv would" reports no intent of Moscow's.
    private static bool IsReported(Doc doc, Sentence sentence, int subjectFirst)
    {
        if (subjectFirst >= sentence.EndToken || !Words.SubjectPronouns.Contains(doc.Token(subjectFirst).Norm)) return false;
        for (var t = subjectFirst - 1; t >= sentence.FirstToken && t >= subjectFirst - 4; t--)
        {
            var norm = doc.Token(t).Norm;
            if (Words.Reporting.Contains(norm)) return true;
            if (norm is "," or ";" || Words.GapStoppers.Contains(norm) && norm != "that") return false;
        }
        return false;
    }

    // "to" opens a purpose of the subject's own clause, not the infinitive of a verb that has someone else act
    // ("urged workers to protest", "allowed students to march": anywhere before it, since the subject found may
    // be the object), nor one of a verb of its own ("agreed to march").
    private static bool IsPurpose(Doc doc, Sentence sentence, int to)
    {
        var governor = doc.Token(to - 1);
        if (governor.Kind != TokenKind.Word || Words.SubjectPronouns.Contains(governor.Norm) || governor.Norm is "them" or "him" or "us" or "people") return false;
        if (!governor.IsCapitalized && (governor.Norm.EndsWith("ed", StringComparison.Ordinal) || Words.Auxiliary.Contains(governor.Norm))) return false;
        for (var t = sentence.FirstToken; t < to; t++)
            if (Words.Mandative.Contains(doc.Token(t).Norm) || Words.ObjectControl.Contains(doc.Token(t).Norm)) return false;
        return true;
    }

    private static bool HasLaterCondition(Doc doc, Sentence sentence, int verb)
    {
        for (var t = verb + 1; t < sentence.EndToken; t++)
        {
            var norm = doc.Token(t).Norm;
            if (norm is "if" or "unless") return true;
            if (norm is ";" || Words.Reporting.Contains(norm)) return false;
        }
        return false;
    }

    // The clause is the object of a demand: "demanded (on Friday) that the US", "its demand that Israel".
    private static bool IsMandated(Doc doc, Sentence sentence, int subjectFirst)
    {
        var that = subjectFirst - 1;
        while (that >= sentence.FirstToken && that >= subjectFirst - 2 && doc.Token(that).Norm != "that") that--;
        if (that < sentence.FirstToken || doc.Token(that).Norm != "that") return false;
        for (var t = that - 1; t >= sentence.FirstToken && t >= that - 4; t--)
            if (Words.Mandative.Contains(doc.Token(t).Norm)) return true;
        return false;
    }
}
