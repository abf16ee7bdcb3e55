using System.Globalization;
using System.Text;
using Annals.Diagnostics;
using Annals.Text;

namespace Annals.Events.Patterns;

/// <summary>
/// A verb dictionary written for PETRARCH or TABARI (a <c>.verbs</c> file such as CAMEO.2.0.txt), read into
/// Annals' pattern language so that analysts can code with the dictionaries they already keep.
/// </summary>
/// <remarks>
/// <para>
/// What is read: verb blocks (<c>--- NAME [code] ---</c>) and their verbs, with irregular forms in <c>{…}</c>,
/// phrasal verbs (<c>+ASK_FOR</c>) and a code of their own in <c>[…]</c>; patterns (<c>- * WORDS + [code]</c>)
/// with the verb's place <c>*</c>, the target <c>+</c>, the source <c>$</c> before the verb, noun and
/// prepositional phrases in <c>{…}</c> and <c>(…)</c>, words joined by <c>_</c>, and synsets
/// (<c>&amp;NAME</c> defined by <c>+</c> lines). A TABARI file without block headers is read as one block per
/// verb. Comments in <c>#</c>, <c>;</c> and <c>&lt;!-- --&gt;</c> are skipped.
/// </para>
/// <para>
/// Annals matches words in all their inflections rather than TABARI's stems, and a pattern starts at its
/// verb; so a pattern with words or the target before the verb, a source after it, compound actors
/// (<c>%</c>) or a second target is not used, and <see cref="Skipped"/> says which and why. A pattern's
/// first code is taken (<c>[042:043]</c> codes 042; Annals adds the host itself); the null code
/// <c>---</c> codes nothing. Every pattern keeps the file and line it came from.
/// </para>
/// </remarks>
public sealed class PetrarchVerbDictionary
{
    private const int MaxExpansions = 256;

    private PetrarchVerbDictionary(string file, List<ForeignPattern> patterns, List<VerbForm> forms, List<SkippedLine> skipped)
    {
        File = file;
        Patterns = patterns;
        Forms = forms;
        Skipped = skipped;
    }

    /// <summary>The file's name as the user gave it, for provenance and messages.</summary>
    public string File { get; }

    /// <summary>How many Annals patterns the file gave.</summary>
    public int PatternCount => Patterns.Count;

    /// <summary>The patterns and verbs that were not used, each with its line and the reason.</summary>
    public IReadOnlyList<SkippedLine> Skipped { get; }

    internal IReadOnlyList<ForeignPattern> Patterns { get; }

    /// <summary>Verb forms the file lists that English inflection would not give (<c>GIVE {GAVE GIVEN}</c>).</summary>
    internal IReadOnlyList<VerbForm> Forms { get; }

    /// <summary>Reads the text of a PETRARCH or TABARI verb dictionary.</summary>
    /// <param name="file">The file's name, kept as each pattern's provenance.</param>
    /// <param name="text">The dictionary's text.</param>
    /// <param name="codebook">The CAMEO codes a pattern may use; others are skipped.</param>
    public static PetrarchVerbDictionary Read(string file, string text, CameoCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(codebook);
        return new Reader(file, codebook).Read(text);
    }

    /// <summary>A pattern in Annals' language, with the line of the dictionary it came from.</summary>
    internal readonly record struct ForeignPattern(int Line, string Code, string Body);

    /// <summary>A listed form of a verb's base word.</summary>
    internal readonly record struct VerbForm(string Lemma, string Form);

    private sealed class Reader(string file, CameoCodebook codebook)
    {
        private readonly List<ForeignPattern> _patterns = [];
        private readonly List<VerbForm> _forms = [];
        private readonly List<SkippedLine> _skipped = [];
        private readonly Dictionary<string, List<string[]>> _synsets = new(StringComparer.Ordinal);
        private readonly List<(int Line, string Code, string Text)> _pendingPatterns = [];
        // Each verb of the current block as its words: "ask", "call off".
        private List<string[]> _verbs = [];
        private string _blockCode = "---";
        private List<string[]>? _synset;
        private bool _patternsSeen;

        public PetrarchVerbDictionary Read(string text)
        {
            var lineNo = 0;
            var inComment = false;
            foreach (var raw in text.Split('\n'))
            {
                lineNo++;
                var line = PetrarchComments.Strip(raw.TrimEnd('\r'), ref inComment).Trim();
                if (line.Length == 0)
                {
                    // A blank line ends a synset's list; a comment inside the list does not.
                    if (string.IsNullOrWhiteSpace(raw)) _synset = null;
                    continue;
                }
                if (line.StartsWith("---", StringComparison.Ordinal))
                {
                    _synset = null;
                    StartBlock(CodeOf(line.Trim('-', ' ', '\t')) ?? "---");
                }
                else if (line.StartsWith('&'))
                {
                    var name = line.Split([' ', '\t'], 2)[0];
                    _synsets[name] = _synset = [];
                }
                else if (line.StartsWith('+') && _synset is not null)
                {
                    _synset.Add(Words(line[1..]));
                }
                else if (line.StartsWith('-'))
                {
                    _synset = null;
                    _patternsSeen = true;
                    _pendingPatterns.Add((lineNo, CodeOf(line) ?? ReverseOnly(line), WithoutCode(line[1..])));
                }
                else
                {
                    _synset = null;
                    // In a TABARI file (no block headers) a verb after patterns opens the next verb's block.
                    if (_patternsSeen) StartBlock("---");
                    AddVerb(lineNo, line);
                }
            }
            StartBlock("---");
            return new PetrarchVerbDictionary(file, _patterns, _forms, _skipped);
        }

        // Patterns are converted when their block ends: a synset may be defined after the pattern using it.
        private void StartBlock(string code)
        {
            foreach (var (line, patternCode, body) in _pendingPatterns)
                AddPattern(line, patternCode, body);
            _pendingPatterns.Clear();
            _verbs = [];
            _blockCode = code;
            _patternsSeen = false;
        }

        private void AddVerb(int line, string text)
        {
            var code = CodeOf(text);
            var braces = text.IndexOf('{');
            var head = WithoutCode(braces >= 0 ? text[..braces] : text).Trim();
            var words = Words(head.TrimStart('+'));
            if (words.Length == 0)
            {
                Skip(line, "a verb line names no verb");
                return;
            }
            if (braces >= 0)
            {
                var close = text.IndexOf('}', braces);
                var listed = close > braces ? text[(braces + 1)..close] : text[(braces + 1)..];
                foreach (var form in listed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
                {
                    var formWords = Words(form.TrimStart('+'));
                    if (formWords.Length > 0 && formWords[0] != words[0]) _forms.Add(new VerbForm(words[0], formWords[0]));
                }
            }
            _verbs.Add(words);
            var own = code ?? _blockCode;
            if (own != "---") Emit(line, own, string.Join(' ', words));
        }

        private void AddPattern(int line, string code, string text)
        {
            if (_verbs.Count == 0)
            {
                Skip(line, "a pattern outside any verb's block");
                return;
            }
            if (code.Length == 0)
            {
                Skip(line, "a pattern without a [code]");
                return;
            }
            if (code == "---") return;
            if (code == ReverseOnlyMarker)
            {
                Skip(line, "only a code from the target to the source ('[:code]')");
                return;
            }

            var before = new List<string>();
            var after = new List<string>();
            var seenVerb = false;
            foreach (var token in Tokens(text))
            {
                if (token is "*" or "**") { seenVerb = true; continue; }
                (seenVerb ? after : before).Add(token);
            }
            if (!seenVerb)
            {
                Skip(line, "a pattern without the verb's place '*'");
                return;
            }
            if (before.Exists(t => t is not ("$" or "^")))
            {
                Skip(line, before.Contains("+") ? "the target before the verb (Annals finds the source itself)" : "words before the verb");
                return;
            }
            var reason = Unsupported(after);
            if (reason is not null)
            {
                Skip(line, reason);
                return;
            }

            var bodies = Expand(after, line);
            if (bodies is null) return;
            foreach (var verbPhrase in VerbPhrases())
                foreach (var rest in bodies)
                    Emit(line, code, rest.Length == 0 ? verbPhrase : verbPhrase + " " + rest);
        }

        private static string? Unsupported(List<string> after)
        {
            if (after.Contains("$")) return "a source after the verb";
            if (after.Exists(t => t.StartsWith('%'))) return "a compound actor '%'";
            if (after.Count(t => t == "+") > 1) return "more than one target";
            return null;
        }

        // Single-word verbs of a block share one pattern as alternatives; phrasal verbs each need their own.
        private IEnumerable<string> VerbPhrases()
        {
            var single = _verbs.Where(v => v.Length == 1).Select(v => v[0]).Distinct().ToList();
            if (single.Count > 0) yield return string.Join('|', single);
            foreach (var verb in _verbs.Where(v => v.Length > 1))
                yield return string.Join(' ', verb);
        }

        // The words after the verb, with each synset written out: alternatives when all its entries are one
        // word, else one pattern per entry.
        private List<string>? Expand(List<string> after, int line)
        {
            var bodies = new List<StringBuilder> { new() };
            foreach (var token in after)
            {
                if (token == "^") continue;
                string[][] choices;
                if (token == "+")
                {
                    choices = [["+TARGET"]];
                }
                else if (token.StartsWith('&'))
                {
                    if (!_synsets.TryGetValue(token, out var members) || members.Count == 0)
                    {
                        Skip(line, $"the synset {token} is not defined");
                        return null;
                    }
                    choices = members.All(m => m.Length == 1)
                        ? [[string.Join('|', members.Select(m => m[0]).Distinct())]]
                        : [.. members];
                }
                else
                {
                    choices = [Words(token)];
                }
                if (bodies.Count * choices.Length > MaxExpansions)
                {
                    Skip(line, $"its synsets write out to more than {MaxExpansions} patterns");
                    return null;
                }
                bodies = [.. bodies.SelectMany(b => choices.Select(c => new StringBuilder(b.ToString()).Append(b.Length > 0 && c.Length > 0 ? " " : "").AppendJoin(' ', c)))];
            }
            return [.. bodies.Select(b => b.ToString())];
        }

        private void Emit(int line, string code, string body)
        {
            if (!codebook.TryGet(code, out _))
            {
                Skip(line, $"'{code}' is not a CAMEO event code");
                return;
            }
            _patterns.Add(new ForeignPattern(line, code, body));
        }

        // A line written out to several patterns is reported once.
        private void Skip(int line, string reason)
        {
            var skipped = new SkippedLine(file, line, reason);
            if (_skipped.Count == 0 || _skipped[^1] != skipped) _skipped.Add(skipped);
        }

    }

    // The pattern's tokens: brackets of phrases dropped, words joined by '_' split, markers kept whole.
    private static IEnumerable<string> Tokens(string text)
    {
        foreach (var piece in text.Split([' ', '\t', '{', '}', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece is "*" or "**" or "$" or "+" or "^" || piece.StartsWith('&') || piece.StartsWith('%'))
            {
                yield return piece;
                continue;
            }
            foreach (var word in Words(piece)) yield return word;
        }
    }

    // Lower-case words of a phrase written with spaces or underscores; a trailing '_' (TABARI: no stemming) is dropped.
    private static string[] Words(string phrase) =>
        phrase.Split([' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLower(CultureInfo.InvariantCulture))
            .Where(w => w.Any(char.IsLetterOrDigit))
            .ToArray();

    private const string ReverseOnlyMarker = ":";

    // "[:173]": PETRARCH codes the event with source and target swapped ("appeared before the court").
    private static string ReverseOnly(string line) => line.Contains("[:", StringComparison.Ordinal) ? ReverseOnlyMarker : "";

    // The first code in the last [...] of a line: "[042:043]" gives 042.
    private static string? CodeOf(string line)
    {
        var open = line.LastIndexOf('[');
        var close = line.LastIndexOf(']');
        if (open < 0 || close < open) return null;
        var code = line[(open + 1)..close].Trim();
        var colon = code.IndexOf(':');
        if (colon >= 0) code = code[..colon].Trim();
        return code.Length == 0 ? null : code;
    }

    private static string WithoutCode(string line)
    {
        var open = line.LastIndexOf('[');
        return open < 0 ? line : line[..open];
    }
}
