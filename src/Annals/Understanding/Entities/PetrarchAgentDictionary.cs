using System.Globalization;
using Annals.Diagnostics;
using Annals.Text;

namespace Annals.Understanding.Entities;

/// <summary>
/// An agents dictionary written for PETRARCH (<c>AMBASSADOR [~GOV]</c>): generic actors whose code joins the country
/// of the words around them ("Russian ambassador" is RUSGOV), read into the entity stage's groups.
/// </summary>
/// <remarks>
/// A record is a phrase (words joined by <c>_</c> or spaces), an optional plural in <c>{…}</c> (<c>{}</c> for
/// none; otherwise the regular plural of its last word is made: -s, -ies after a consonant and y, -es after
/// ss) and the agent code, written <c>~GOV</c> or <c>NGO~</c>. Substitution sets (<c>!PERSON! = MAN, MEN</c>)
/// are written out wherever a phrase uses them. Annals writes every agent code after the country's
/// (RUSGOV, RUSNGO), as CAMEO's actor codes are written. The shipped groups and titles come first: a
/// phrase they hold keeps its meaning (and a title its link to the office holder).
/// </remarks>
public sealed class PetrarchAgentDictionary
{
    private PetrarchAgentDictionary(string file, List<UserAgent> agents, List<SkippedLine> skipped)
    {
        File = file;
        Agents = agents;
        Skipped = skipped;
    }

    /// <summary>The file's name as the user gave it.</summary>
    public string File { get; }

    /// <summary>Every phrase read, its plural included, with its agent code.</summary>
    public IReadOnlyList<UserAgent> Agents { get; }

    /// <summary>Lines that were not used, each with the reason.</summary>
    public IReadOnlyList<SkippedLine> Skipped { get; }

    /// <summary>Reads the text of a PETRARCH agents dictionary.</summary>
    public static PetrarchAgentDictionary Read(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var agents = new List<UserAgent>();
        var skipped = new List<SkippedLine>();
        var substitutions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var lineNo = 0;
        var inComment = false;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = PetrarchComments.Strip(raw.TrimEnd('\r'), ref inComment).Trim();
            if (line.Length == 0) continue;
            var equals = line.IndexOf('=');
            if (line.StartsWith('!') && equals > 0)
            {
                substitutions[line[..equals].Trim()] = [.. line[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                continue;
            }
            var open = line.LastIndexOf('[');
            var close = line.LastIndexOf(']');
            // The PETRARCH documentation's own examples sometimes close the code with '}'.
            if (close < open) close = line.LastIndexOf('}');
            var code = open >= 0 && close > open ? line[(open + 1)..close].Trim().Trim('~').ToUpperInvariant() : "";
            if (code.Length == 0 || !code.All(char.IsAsciiLetterOrDigit))
            {
                skipped.Add(new SkippedLine(file, lineNo, "no agent code in [~CODE] or [CODE~]"));
                continue;
            }
            var head = line[..open];
            var brace = head.IndexOf('{');
            string? plural = null;
            if (brace >= 0)
            {
                var end = head.IndexOf('}', brace);
                plural = end > brace ? head[(brace + 1)..end].Trim() : "";
                head = head[..brace];
            }
            foreach (var phrase in Substituted(head, substitutions, file, lineNo, skipped))
            {
                agents.Add(new UserAgent(file, lineNo, phrase, code));
                // A phrase made by substitution is written out as listed, with no plural of its own.
                if (phrase != Words(head)) continue;
                var pluralPhrase = plural is null ? RegularPlural(phrase) : Words(plural);
                if (pluralPhrase.Length > 0) agents.Add(new UserAgent(file, lineNo, pluralPhrase, code));
            }
        }
        return new PetrarchAgentDictionary(file, agents, skipped);
    }

    private static IEnumerable<string> Substituted(string head, Dictionary<string, string[]> substitutions, string file, int lineNo, List<SkippedLine> skipped)
    {
        var bang = head.IndexOf('!');
        if (bang < 0)
        {
            if (Words(head) is { Length: > 0 } words) yield return words;
            yield break;
        }
        var endBang = head.IndexOf('!', bang + 1);
        var marker = endBang > bang ? head[bang..(endBang + 1)] : head[bang..];
        if (!substitutions.TryGetValue(marker, out var items))
        {
            skipped.Add(new SkippedLine(file, lineNo, $"the substitution set {marker} is not defined"));
            yield break;
        }
        foreach (var item in items)
            if (Words(head.Replace(marker, item, StringComparison.Ordinal)) is { Length: > 0 } words)
                yield return words;
    }

    private static string Words(string phrase) =>
        string.Join(' ', phrase.Split([' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);

    private static string RegularPlural(string phrase)
    {
        if (phrase.EndsWith("ss", StringComparison.Ordinal)) return phrase + "es";
        if (phrase.Length > 1 && phrase.EndsWith('y') && phrase[^2] is not ('a' or 'e' or 'i' or 'o' or 'u')) return phrase[..^1] + "ies";
        return phrase + "s";
    }
}

/// <summary>One phrase of a user's agents dictionary and its agent (sector) code: "ambassador", GOV.</summary>
public sealed record UserAgent(string File, int Line, string Phrase, string Code);
