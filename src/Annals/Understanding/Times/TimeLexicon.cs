using System.Collections.Frozen;
using Annals.Text;
using NodaTime;

namespace Annals.Understanding.Times;

/// <summary>The words time expressions are made of, keyed by normalised token.</summary>
/// <remarks>Built once, immutable and thread-safe: matching a token costs one frozen-dictionary lookup.</remarks>
internal static class TimeLexicon
{
    /// <summary>Month names and abbreviations → month number.</summary>
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan."] = 1, ["feb."] = 2, ["mar."] = 3, ["apr."] = 4, ["jun."] = 6, ["jul."] = 7, ["aug."] = 8,
        ["sep."] = 9, ["sept."] = 9, ["oct."] = 10, ["nov."] = 11, ["dec."] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary><see cref="Months"/> asked with a part of a word: "october" of "mid-october".</summary>
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Month words that are also common English words or names ("May" the modal, a protest "march",
    /// "Jan" the name): alone they count as a month only after a cue such as "in" or "last".
    /// </summary>
    public static readonly FrozenSet<string> WeakMonths = new[]
    {
        "may", "march", "mar", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary><see cref="WeakMonths"/> asked with a part of a word.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakMonthLookup =
        WeakMonths.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words before a bare month or year that make it a date: "in May", "since 2019", "late March".</summary>
    public static readonly FrozenSet<string> DateCues = new[]
    {
        "in", "on", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "during",
        "before", "after", "through", "throughout", "from", "of", "between", "around", "circa", "for",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Weekday names → ISO day of week.</summary>
    public static readonly FrozenDictionary<string, IsoDayOfWeek> Weekdays = new Dictionary<string, IsoDayOfWeek>
    {
        ["monday"] = IsoDayOfWeek.Monday, ["tuesday"] = IsoDayOfWeek.Tuesday, ["wednesday"] = IsoDayOfWeek.Wednesday,
        ["thursday"] = IsoDayOfWeek.Thursday, ["friday"] = IsoDayOfWeek.Friday, ["saturday"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday,
        ["tue."] = IsoDayOfWeek.Tuesday, ["tues."] = IsoDayOfWeek.Tuesday, ["thu."] = IsoDayOfWeek.Thursday,
        ["thur."] = IsoDayOfWeek.Thursday, ["thurs."] = IsoDayOfWeek.Thursday, ["fri."] = IsoDayOfWeek.Friday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Parts of a day that may follow a day word: "Monday night", "yesterday morning".</summary>
    public static readonly FrozenSet<string> DayParts = new[]
    {
        "morning", "afternoon", "evening", "night", "overnight",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Unit nouns, singular and plural.</summary>
    public static readonly FrozenDictionary<string, TimeUnit> Units = new Dictionary<string, TimeUnit>
    {
        ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day, ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week,
        ["weekend"] = TimeUnit.Weekend, ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month,
        ["quarter"] = TimeUnit.Quarter, ["quarters"] = TimeUnit.Quarter, ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year,
        ["decade"] = TimeUnit.Decade, ["decades"] = TimeUnit.Decade, ["century"] = TimeUnit.Century, ["centuries"] = TimeUnit.Century,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Number words used in counts of units: "two weeks ago", "a decade ago".</summary>
    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary><see cref="NumberWords"/> asked with a part of a word: "twenty" of "twenty-five".</summary>
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWordLookup =
        NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Ordinal words → number: "the third quarter", "the first half".</summary>
    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary><see cref="Ordinals"/> asked with a part of a word: "third" of "third-quarter".</summary>
    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> OrdinalLookup =
        Ordinals.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Hedges that may open a count and belong to the expression: "almost four years ago".</summary>
    public static readonly FrozenSet<string> Approximators = new[]
    {
        "about", "almost", "nearly", "some", "around", "roughly", "approximately", "just", "only", "over",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Seasons → first month (meteorological, northern hemisphere).</summary>
    public static readonly FrozenDictionary<string, int> Seasons = new Dictionary<string, int>
    {
        ["spring"] = 3, ["summer"] = 6, ["fall"] = 9, ["autumn"] = 9, ["winter"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that mark the clause as future or past, for choosing which Thursday or which October.</summary>
    public static readonly FrozenDictionary<string, Tense> TenseMarkers = new Dictionary<string, Tense>
    {
        ["will"] = Tense.Future, ["'ll"] = Tense.Future, ["shall"] = Tense.Future, ["wo"] = Tense.Future,
        ["would"] = Tense.Future, ["scheduled"] = Tense.Future, ["expected"] = Tense.Future, ["planned"] = Tense.Future,
        ["plans"] = Tense.Future, ["plan"] = Tense.Future, ["planning"] = Tense.Future, ["due"] = Tense.Future, ["upcoming"] = Tense.Future,
        ["going"] = Tense.Future, ["set"] = Tense.Future, ["slated"] = Tense.Future, ["intends"] = Tense.Future,
        ["aims"] = Tense.Future, ["hopes"] = Tense.Future,
        ["was"] = Tense.Past, ["were"] = Tense.Past, ["had"] = Tense.Past, ["did"] = Tense.Past, ["said"] = Tense.Past,
        ["told"] = Tense.Past, ["went"] = Tense.Past, ["came"] = Tense.Past, ["met"] = Tense.Past, ["made"] = Tense.Past,
        ["took"] = Tense.Past, ["gave"] = Tense.Past, ["left"] = Tense.Past, ["began"] = Tense.Past, ["held"] = Tense.Past,
        ["won"] = Tense.Past, ["lost"] = Tense.Past, ["fell"] = Tense.Past, ["rose"] = Tense.Past, ["found"] = Tense.Past,
        ["saw"] = Tense.Past, ["got"] = Tense.Past, ["sent"] = Tense.Past, ["spoke"] = Tense.Past, ["struck"] = Tense.Past,
        ["fled"] = Tense.Past, ["shot"] = Tense.Past, ["broke"] = Tense.Past, ["thought"] = Tense.Past, ["brought"] = Tense.Past,
        ["bought"] = Tense.Past, ["led"] = Tense.Past, ["became"] = Tense.Past, ["ran"] = Tense.Past, ["fought"] = Tense.Past,
        ["kept"] = Tense.Past, ["paid"] = Tense.Past, ["sold"] = Tense.Past, ["stood"] = Tense.Past, ["wrote"] = Tense.Past,
        ["ago"] = Tense.Past, ["has"] = Tense.Past, ["have"] = Tense.Past, ["been"] = Tense.Past, ["knew"] = Tense.Past,
        ["flew"] = Tense.Past, ["drew"] = Tense.Past, ["threw"] = Tense.Past, ["chose"] = Tense.Past, ["wore"] = Tense.Past,
        ["hit"] = Tense.Past, ["quit"] = Tense.Past, ["split"] = Tense.Past, ["swept"] = Tense.Past, ["slept"] = Tense.Past,
        ["felt"] = Tense.Past, ["meant"] = Tense.Past, ["heard"] = Tense.Past, ["built"] = Tense.Past, ["spent"] = Tense.Past,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Past participles and past forms ending in -ed that point forward instead.</summary>
    public static readonly FrozenSet<string> ForwardEdWords = new[]
    {
        "scheduled", "expected", "slated", "anticipated",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that report speech: they time the report, not the event, unless right next to the expression.</summary>
    public static readonly FrozenSet<string> ReportingVerbs = new[]
    {
        "said", "says", "told", "added", "reported", "announced", "stated", "noted",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Auxiliaries whose tense yields to a future marker after them: "were planning to", "is expected to".</summary>
    public static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "was", "were", "is", "are", "has", "have", "had", "been", "be",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a four-digit number that make it a count or a code, not a year: "No. 1999", "$2000".</summary>
    public static readonly FrozenSet<string> NotYearBefore = new[]
    {
        "$", "€", "£", "¥", "#", "no.", "number", "page", "pages", "room", "flight", "route", "highway", "article",
        "resolution", "section", "code", "model", "version", "than", "about", "nearly", "almost", "some", "approximately",
        "roughly", "over", "under", "least", "exactly", "totalling", "totaling",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after a four-digit number that make it a measure: "2000 percent", "1500 km".</summary>
    public static readonly FrozenSet<string> NotYearAfter = new[]
    {
        "%", "percent", "per", "km", "kilometers", "kilometres", "miles", "metres", "meters", "feet", "yards", "tons", "tonnes",
        "dollars", "euros", "pounds", "yen", "points", "hours", "minutes", "seconds", "gmt", "edt", "est", "pdt", "pst", "cdt", "utc", "hrs",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Every word that can open an expression. Tokens outside it (and not numbers, hyphenated words or
    /// quarter codes) are skipped after this one lookup, which keeps the scan cheap on ordinary prose.
    /// </summary>
    public static readonly FrozenSet<string> Openers = new[]
        {
            "today", "tonight", "yesterday", "tomorrow", "now", "future", "the", "this", "last", "next", "past", "coming",
            "previous", "following", "early", "late", "mid", "earlier", "later", "that", "fiscal", "christmas",
            "thanksgiving", "halloween", "new", "election", "more", "less", "since", "until", "till", "from", "between",
        }
        .Concat(Months.Keys).Concat(Weekdays.Keys).Concat(NumberWords.Keys).Concat(Ordinals.Keys).Concat(Approximators)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Turns down most words that are not <see cref="Openers"/> before the set is asked (most words of prose are not).</summary>
    public static readonly WordSieve OpenerSieve = new(Openers);

    /// <summary>
    /// What may stand before the first hyphen of a word that opens an expression: a number word ("twenty-five"),
    /// an ordinal ("third-quarter") or a modifier ("mid-October", "pre-1990"). Any other hyphenated word is
    /// skipped without the rules being tried.
    /// </summary>
    public static readonly FrozenSet<string> HyphenHeads = NumberWords.Keys.Concat(Ordinals.Keys)
        .Concat(["early", "mid", "late", "pre", "post"])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The longest of <see cref="HyphenHeads"/>: a hyphen further into a word cannot end one.</summary>
    public static readonly int LongestHyphenHead = HyphenHeads.Max(h => h.Length);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenHeadLookup =
        HyphenHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (normalised) may open an expression.</summary>
    public static bool MayOpen(string word)
    {
        if (OpenerSieve.MayContain(word) && Openers.Contains(word)) return true;
        if (word.Length == 2) return word[0] == 'q'; // Q1–Q4
        if (word.StartsWith("fy", StringComparison.Ordinal)) return true; // FY2023
        // Only the first hyphen counts, as the rules split there; the search stops where no head could still end.
        var reach = Math.Min(word.Length, LongestHyphenHead + 1);
        for (var k = 0; k < reach; k++)
            if (word[k] == '-') return HyphenHeadLookup.Contains(word.AsSpan(0, k));
        return false;
    }
}
