using Annals.Diagnostics;

namespace Annals.Events.Patterns;

/// <summary>Reads the verb-pattern dictionaries (<c>data/events/verbs/*.txt</c>); the language is described in <c>data/events/README.md</c>.</summary>
internal static class PatternParser
{
    public static IEnumerable<EventPattern> Parse(string file, string text, Lexicon lexicon, CameoCodebook codebook)
    {
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length == 0) continue;

            var space = line.IndexOfAny([' ', '\t']);
            if (space < 0) throw Error(file, lineNo, "expected a CAMEO code and a pattern");
            var code = line[..space];
            var body = line[space..].Trim();
            if (!codebook.TryGet(code, out _)) throw Error(file, lineNo, $"'{code}' is not a CAMEO event code");
            yield return ParsePattern(file, lineNo, code, body, lexicon);
        }
    }

    /// <summary>Parses one pattern in Annals' language that came from <paramref name="file"/>'s line <paramref name="lineNo"/>.</summary>
    public static EventPattern ParsePattern(string file, int lineNo, string code, string body, Lexicon lexicon)
    {
        var elements = new List<PatternElement>();
        var group = 0;
        var groups = 0;
        foreach (var piece in body.Replace("[", " [ ", StringComparison.Ordinal).Replace("]", " ] ", StringComparison.Ordinal)
                     .Split(' ', '\t').Where(p => p.Length > 0))
        {
            switch (piece)
            {
                case "[":
                    if (group != 0) throw Error(file, lineNo, "optional groups do not nest");
                    group = ++groups;
                    continue;
                case "]":
                    if (group == 0) throw Error(file, lineNo, "']' without '['");
                    group = 0;
                    continue;
                case "+TARGET" or "TARGET":
                    elements.Add(new PatternElement(PatternElementKind.Target, [], group));
                    continue;
                case "SOURCE":
                    elements.Add(new PatternElement(PatternElementKind.Source, [], group));
                    continue;
            }

            var word = piece;
            var wordGroup = group;
            if (word.StartsWith('(') && word.EndsWith(')'))
            {
                if (group != 0) throw Error(file, lineNo, "'(word)' inside '[...]'");
                word = word[1..^1];
                wordGroup = ++groups;
            }
            if (word.Length == 0 || word.Any(c => char.IsUpper(c) || char.IsWhiteSpace(c) || c is '(' or ')' or '+'))
                throw Error(file, lineNo, $"'{piece}' is not a lower-case word, SOURCE or +TARGET");
            var lemmas = word.Split('|').Select(w => w.Length == 0 ? throw Error(file, lineNo, $"empty alternative in '{piece}'") : lexicon.Intern(w)).ToArray();
            elements.Add(new PatternElement(PatternElementKind.Word, lemmas, wordGroup));
        }
        if (group != 0) throw Error(file, lineNo, "'[' without ']'");

        var nominal = elements.Exists(e => e.Kind == PatternElementKind.Source);
        var anchor = elements.FindIndex(e => e.Kind == PatternElementKind.Word && e.Group == 0 && !(nominal && IsClitic(lexicon, e)));
        if (anchor < 0) throw Error(file, lineNo, "a pattern needs at least one required word");
        if (!nominal && anchor != 0) throw Error(file, lineNo, "a verb pattern starts with its verb");
        for (var i = 0; i < anchor; i++)
            if (elements[i].Group != 0 || elements[i].Kind == PatternElementKind.Target)
                throw Error(file, lineNo, "only SOURCE and required words may stand before the first word");
        if (elements.Count(e => e.Kind == PatternElementKind.Target) > 1 || elements.Count(e => e.Kind == PatternElementKind.Source) > 1)
            throw Error(file, lineNo, "at most one SOURCE and one +TARGET");
        return new EventPattern(code, body, file, lineNo, [.. elements], anchor, nominal);
    }

    private static bool IsClitic(Lexicon lexicon, PatternElement e) => lexicon.Lemma(e.Lemmas[0]).StartsWith('\'');

    private static AnnalsException Error(string file, int line, string message) =>
        new(ErrorCodes.DataMalformed, $"{file}:{line}: {message}");
}
