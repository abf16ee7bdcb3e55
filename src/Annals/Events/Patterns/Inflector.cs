using System.Collections.Frozen;
using Annals.Diagnostics;

namespace Annals.Events.Patterns;

/// <summary>Generates the inflected forms of an English verb (or the plural of a noun) from its base form.</summary>
/// <remarks>
/// Immutable. Irregular past and participle forms come from <c>data/events/irregular-verbs.tsv</c>.
/// Where English spelling is unpredictable (final-consonant doubling: visited but admitted,
/// travelled and traveled) both spellings are generated: a form no text uses costs nothing.
/// </remarks>
internal sealed class Inflector
{
    private readonly FrozenDictionary<string, (string[] Past, string[] Participle)> _irregular;

    private Inflector(FrozenDictionary<string, (string[] Past, string[] Participle)> irregular) => _irregular = irregular;

    public static Inflector Load() => Parse(EmbeddedData.ReadText("events/irregular-verbs.tsv"));

    public static Inflector Parse(string tsv)
    {
        var map = new Dictionary<string, (string[], string[])>(StringComparer.Ordinal);
        var lineNo = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            if (line.Trim().Length == 0) continue;
            var cols = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (cols.Length != 3)
                throw new AnnalsException(ErrorCodes.DataMalformed, $"events/irregular-verbs.tsv:{lineNo}: expected 'base<TAB>past<TAB>participle'");
            map[cols[0]] = (cols[1].Split('|'), cols[2].Split('|'));
        }
        return new Inflector(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Every form of <paramref name="lemma"/> with what it is.</summary>
    public IEnumerable<(string Form, VerbForms Kind)> Forms(string lemma)
    {
        yield return (lemma, VerbForms.Base);
        if (!IsInflectable(lemma)) yield break;

        yield return (ThirdPerson(lemma), VerbForms.ThirdPerson);
        foreach (var ing in Gerunds(lemma)) yield return (ing, VerbForms.Gerund);

        if (_irregular.TryGetValue(lemma, out var irregular))
        {
            foreach (var past in irregular.Past) yield return (past, VerbForms.Past);
            foreach (var participle in irregular.Participle) yield return (participle, VerbForms.Participle);
            yield break;
        }
        foreach (var ed in Pasts(lemma)) yield return (ed, VerbForms.Past | VerbForms.Participle);
    }

    private static bool IsInflectable(string word)
    {
        if (word.Length < 2) return false;
        foreach (var c in word)
            if (!char.IsAsciiLetterLower(c) && c != '-') return false;
        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string ThirdPerson(string w)
    {
        if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal))
            return w + "es";
        if (w.EndsWith('y') && !IsVowel(w[^2])) return w[..^1] + "ies";
        if (w.EndsWith('o') && !IsVowel(w[^2])) return w + "es";
        return w + "s";
    }

    // Doubling applies to a final consonant after a single vowel (stop, admit, travel); we cannot tell
    // stressed from unstressed syllables, so both spellings are returned.
    private static bool MayDouble(string w) =>
        w.Length >= 3 && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && !IsVowel(w[^3]);

    private static IEnumerable<string> Gerunds(string w)
    {
        if (w.EndsWith("ie", StringComparison.Ordinal)) { yield return w[..^2] + "ying"; yield break; }
        if (w.EndsWith('e') && !w.EndsWith("ee", StringComparison.Ordinal) && !w.EndsWith("ye", StringComparison.Ordinal) && !w.EndsWith("oe", StringComparison.Ordinal))
        {
            yield return w[..^1] + "ing";
            yield break;
        }
        yield return w + "ing";
        if (MayDouble(w)) yield return w + w[^1] + "ing";
    }

    private static IEnumerable<string> Pasts(string w)
    {
        if (w.EndsWith('e')) { yield return w + "d"; yield break; }
        if (w.EndsWith('y') && !IsVowel(w[^2])) { yield return w[..^1] + "ied"; yield break; }
        yield return w + "ed";
        if (MayDouble(w)) yield return w + w[^1] + "ed";
    }
}
