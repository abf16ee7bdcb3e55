using Annals.Text;

namespace Annals.Events;

/// <summary>Reads whether a verb is asserted, expected, denied or hypothetical from its own clause's auxiliaries.</summary>
/// <remarks>
/// Only the words between the verb's subject and the verb count, so "Russia said Ukraine would attack"
/// makes the attack hypothetical and the statement asserted. A bare infinitive governed by another
/// verb ("threatened to attack", "refused to cooperate", "urged X to withdraw") is not an event of its
/// own: the governing verb's pattern codes it; the reader says so by returning null.
/// </remarks>
internal static class ModalityReader
{
    public static Modality? Read(Doc doc, Sentence sentence, int windowStart, int verb, int subjectFirst)
    {
        var denied = false;
        var hypothetical = false;
        var expected = false;
        var from = Math.Max(windowStart, verb - 8);

        for (var t = from; t < verb; t++)
        {
            var norm = doc.Token(t).Norm;
            if (Words.Negations.Contains(norm) || Words.Denial.Contains(norm)) denied = true;
            else if (Words.Hypothetical.Contains(norm)) hypothetical = true;
            else if (Words.Expected.Contains(norm)) expected = true;
        }

        // "is to visit" plans a visit.
        var p = verb - 1;
        while (p >= from && Words.IsAdverb(doc.Token(p).Norm)) p--;
        if (p >= from && doc.Token(p).Norm == "to")
        {
            var q = p - 1;
            var governedByBe = q >= from && Words.Be.Contains(doc.Token(q).Norm);
            if (governedByBe) expected = true;
            else if (!expected && !denied) return null;
        }

        for (var t = subjectFirst - 1; t >= sentence.FirstToken && t >= subjectFirst - 3; t--)
            if (Words.Conditional.Contains(doc.Token(t).Norm)) hypothetical = true;

        if (denied) return Modality.Denied;
        if (hypothetical) return Modality.Hypothetical;
        if (expected) return Modality.Expected;
        return Modality.Asserted;
    }
}
