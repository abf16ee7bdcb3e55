using System.Globalization;
using System.Text;
using Annals.Diagnostics;
using Annals.Text;
using NodaTime;

namespace Annals.Understanding.Entities;

/// <summary>
/// An actor dictionary written for PETRARCH or TABARI (a <c>.actors</c> file such as Phoenix's), whose names the
/// entity stage then recognises with the user's CAMEO codes, chosen by the article's date.
/// </summary>
/// <remarks>
/// <para>
/// A record is a phrase (<c>HAMID_KARZAI_</c>), optionally a default code in <c>[…]</c>, synonyms on lines
/// starting <c>+</c>, and date restrictions on indented lines (<c>[AFGGOV 20011222-20140929]</c>,
/// <c>[USAELI &lt;20090120]</c>, <c>[USAGOV &gt;20170120]</c>, or TABARI's same-line form). Dates are
/// YYYYMMDD or YYMMDD, where YY from 00 to 30 is 20YY, as KEDS, TABARI and PETRARCH read them.
/// </para>
/// <para>
/// The format does not say what an actor is: a record with date restrictions is taken for a person (an office
/// held for a time), one without for an organisation. The knowledge base's own names come first: a phrase it
/// already holds (a state, a leader, a city) keeps its dated, sourced meaning, so a dictionary cannot move
/// Kabul or rename Russia.
/// </para>
/// </remarks>
public sealed class PetrarchActorDictionary
{
    private PetrarchActorDictionary(string file, List<UserActor> actors, List<SkippedLine> skipped)
    {
        File = file;
        Actors = actors;
        Skipped = skipped;
    }

    /// <summary>The file's name as the user gave it.</summary>
    public string File { get; }

    /// <summary>The actors read, each with its phrases and codes.</summary>
    public IReadOnlyList<UserActor> Actors { get; }

    /// <summary>Lines that were not used, each with the reason.</summary>
    public IReadOnlyList<SkippedLine> Skipped { get; }

    /// <summary>Reads the text of a PETRARCH or TABARI actor dictionary.</summary>
    /// <param name="file">The file's name, kept as each actor's provenance.</param>
    /// <param name="text">The dictionary's text.</param>
    public static PetrarchActorDictionary Read(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var actors = new List<UserActor>();
        var skipped = new List<SkippedLine>();
        Builder? current = null;
        var lineNo = 0;
        var inComment = false;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var untrimmed = PetrarchComments.Strip(raw.TrimEnd('\r'), ref inComment);
            var line = untrimmed.Trim();
            if (line.Length == 0) continue;
            if (char.IsWhiteSpace(untrimmed[0]) && line.StartsWith('['))
            {
                if (current is null) skipped.Add(new SkippedLine(file, lineNo, "a date restriction before any actor"));
                else current.AddCodes(line, lineNo, skipped);
            }
            else if (line.StartsWith('+'))
            {
                if (current is null) skipped.Add(new SkippedLine(file, lineNo, "a synonym before any actor"));
                else current.AddPhrase(line[1..], lineNo, skipped);
            }
            else
            {
                if (current?.Build() is { } done) actors.Add(done);
                current = new Builder(file, lineNo);
                var open = line.IndexOf('[');
                current.AddPhrase(open < 0 ? line : line[..open], lineNo, skipped);
                if (open >= 0) current.AddCodes(line[open..], lineNo, skipped);
            }
        }
        if (current?.Build() is { } last) actors.Add(last);
        return new PetrarchActorDictionary(file, actors, skipped);
    }

    private sealed class Builder(string file, int line)
    {
        private readonly List<string> _phrases = [];
        private readonly List<DatedCode> _dated = [];
        private string? _default;

        public void AddPhrase(string text, int lineNo, List<SkippedLine> skipped)
        {
            var words = text.Split([' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) skipped.Add(new SkippedLine(file, lineNo, "a phrase without words"));
            else _phrases.Add(string.Join(' ', words));
        }

        // "[CODE]" is the default; "[CODE dates]" a restriction; several may share a line.
        public void AddCodes(string text, int lineNo, List<SkippedLine> skipped)
        {
            var at = 0;
            while ((at = text.IndexOf('[', at)) >= 0)
            {
                var close = text.IndexOf(']', at);
                if (close < 0) { skipped.Add(new SkippedLine(file, lineNo, "'[' without ']'")); return; }
                var parts = text[(at + 1)..close].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                at = close + 1;
                if (parts.Length == 0) continue;
                var code = parts[0].ToUpperInvariant();
                if (parts.Length == 1) { _default = code; continue; }
                if (Restriction(parts[1]) is { } range) _dated.Add(new DatedCode(code, range.From, range.To));
                else skipped.Add(new SkippedLine(file, lineNo, $"'{parts[1]}' is not a date restriction (YYYYMMDD-YYYYMMDD, <YYYYMMDD or >YYYYMMDD)"));
            }
        }

        public UserActor? Build() => _phrases.Count == 0 ? null : new UserActor(file, line, _phrases, _default, _dated);
    }

    private static (LocalDate? From, LocalDate? To)? Restriction(string text)
    {
        if (text.StartsWith('<')) return Date(text[1..]) is { } before ? (null, before) : null;
        if (text.StartsWith('>')) return Date(text[1..]) is { } after ? (after, null) : null;
        var dash = text.IndexOf('-');
        if (dash < 0) return null;
        return Date(text[..dash]) is { } from && Date(text[(dash + 1)..]) is { } to ? (from, to) : null;
    }

    // YYYYMMDD, or YYMMDD with 00-30 as 20YY: the KEDS and TABARI convention their dictionaries are written in.
    private static LocalDate? Date(string text)
    {
        if (text.Length is not (6 or 8) || !text.All(char.IsAsciiDigit)) return null;
        var year = int.Parse(text[..^4], CultureInfo.InvariantCulture);
        if (text.Length == 6) year += year <= 30 ? 2000 : 1900;
        var month = int.Parse(text[^4..^2], CultureInfo.InvariantCulture);
        var day = int.Parse(text[^2..], CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? new LocalDate(year, month, day) : null;
    }
}

/// <summary>A CAMEO actor code that holds between two dates (either end open).</summary>
public sealed record DatedCode(string Code, LocalDate? From, LocalDate? To)
{
    /// <summary>Whether <paramref name="date"/> falls within the range, both ends included.</summary>
    public bool Holds(LocalDate date) => (From is null || date >= From) && (To is null || date <= To);
}

/// <summary>One actor of a user's dictionary: the phrases that name it and its CAMEO codes over time.</summary>
public sealed record UserActor(string File, int Line, IReadOnlyList<string> Phrases, string? DefaultCode, IReadOnlyList<DatedCode> DatedCodes)
{
    /// <summary>Whether the dictionary gives the actor codes for periods: an office held, so a person.</summary>
    public bool IsPerson => DatedCodes.Count > 0;

    /// <summary>The code on <paramref name="date"/>: the first restriction holding then, else the default; undated, the default or the latest period's.</summary>
    public string? CodeOn(LocalDate? date)
    {
        if (date is { } day)
            return DatedCodes.FirstOrDefault(d => d.Holds(day))?.Code ?? DefaultCode;
        return DefaultCode ?? DatedCodes.OrderByDescending(d => d.To ?? LocalDate.MaxIsoValue).FirstOrDefault()?.Code;
    }

    /// <summary>The actor's first phrase in title case, as a name to show.</summary>
    public string Name => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Phrases[0].ToLowerInvariant());

    /// <summary>Where the actor was defined: <c>file:line</c>.</summary>
    public string Provenance => $"{File}:{Line}";
}
