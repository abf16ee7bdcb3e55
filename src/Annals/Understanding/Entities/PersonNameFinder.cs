using Annals.Knowledge;
using Annals.Text;

namespace Annals.Understanding.Entities;

/// <summary>A person's name the knowledge base does not hold, found by the evidence around it.</summary>
/// <param name="Start">First token of the name.</param>
/// <param name="End">Token just past the name.</param>
/// <param name="Country">The country a role before the name gives ("Brazilian Finance Minister ..."), when any.</param>
/// <param name="Sector">The CAMEO sector of that role, when it is an office of state.</param>
/// <param name="Evidence">What made it a name: honorific, role, given-name or apposition.</param>
internal readonly record struct FoundName(int Start, int End, string? Country, string? Sector, string Evidence);

/// <summary>
/// Finds people the knowledge base does not know: a run of capitalised words that no gazetteer name
/// claims, with evidence that it names a person — an honorific or a role before it ("Mr Lyng",
/// "Treasury Secretary James Baker", "analyst Jane Moss"), a common given name opening it ("Clayton
/// Yeutter") or an apposition after it ("Ann Lee, the club's chairwoman,").
/// </summary>
/// <remarks>Built once; thread-safe. Works on tokens and the gazetteer's candidates, without regexes.</remarks>
internal sealed class PersonNameFinder
{
    // Always followed by a person's name, even a lone surname: "Mr Lyng", "Dr Moss".
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "messrs", "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.",
        "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "capt.", "sgt.",
    };

    // Roles written before or after a name ("Agriculture Secretary Richard Lyng", "Ann Lee, the club's chairwoman"),
    // with the CAMEO sector of the offices of state among them (empty: no actor code from the role alone).
    private static readonly Dictionary<string, string> Roles = new(StringComparer.Ordinal)
    {
        ["secretary"] = "GOV", ["minister"] = "GOV", ["chancellor"] = "GOV", ["ambassador"] = "GOV", ["governor"] = "GOV",
        ["representative"] = "GOV", ["undersecretary"] = "GOV", ["spokesman"] = "", ["spokeswoman"] = "", ["spokesperson"] = "",
        ["chairman"] = "", ["chairwoman"] = "", ["president"] = "", ["director"] = "", ["executive"] = "", ["officer"] = "",
        ["manager"] = "", ["economist"] = "", ["analyst"] = "", ["lawyer"] = "", ["attorney"] = "", ["adviser"] = "", ["advisor"] = "",
        ["commissioner"] = "", ["founder"] = "", ["boss"] = "", ["coach"] = "", ["captain"] = "", ["striker"] = "", ["midfielder"] = "",
        ["defender"] = "", ["goalkeeper"] = "", ["singer"] = "", ["actor"] = "", ["actress"] = "", ["author"] = "", ["writer"] = "",
        ["director-general"] = "", ["treasurer"] = "", ["deputy"] = "", ["mp"] = "LEG", ["mep"] = "LEG", ["congressman"] = "LEG",
        ["congresswoman"] = "LEG", ["senator"] = "LEG", ["judge"] = "JUD", ["head"] = "", ["leader"] = "", ["chief"] = "",
    };

    // Words that end a name and make the run something else: "Goldman Sachs Group", "Kennedy Street".
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc", "ag", "sa", "nv", "bv", "gmbh", "brothers", "bros",
        "holdings", "industries", "international", "securities", "capital", "markets", "partners", "associates", "investments",
        "street", "road", "avenue", "square", "station", "bridge", "house", "hall", "centre", "center", "stadium", "arena", "park",
        "cup", "league", "prize", "award", "awards", "festival", "trophy", "open", "championship", "show", "hotel", "airlines",
        "airways", "motors", "foods", "energy", "oil", "petroleum", "resources", "systems", "technologies", "communications",
        "financial", "savings", "trust", "insurance", "mining", "steel", "chemical", "chemicals", "electric", "airport", "island",
        "islands", "river", "lake", "mountain", "mountains", "county", "act", "bill", "law", "report", "index", "exchange",
        "board", "department", "administration", "treasury", "reserve", "federal", "national", "finance", "democrats", "democratic",
        "democrat", "republicans", "republican", "socialists", "socialist", "conservatives", "liberals", "banque", "credit", "generale",
    };

    [Flags]
    private enum Sign : byte
    {
        None = 0,
        Honorific = 1,
        Role = 2,
        NotName = 4,
        Calendar = 8,
    }

    // What each word above says, in one table: a word of a run is asked several of these questions, each once a look-up.
    private static readonly Dictionary<string, Sign> Signs = BuildSigns();

    private static Dictionary<string, Sign> BuildSigns()
    {
        var signs = new Dictionary<string, Sign>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, Sign sign)
        {
            foreach (var word in words) signs[word] = signs.GetValueOrDefault(word) | sign;
        }
        Mark(Honorifics, Sign.Honorific);
        Mark(Roles.Keys, Sign.Role);
        Mark(NotNameWords, Sign.NotName);
        Mark(EntityRecognizerComponent.OrganizationHeads.Keys, Sign.NotName);
        Mark(EntityRecognizerComponent.CalendarWords, Sign.Calendar);
        return signs;
    }

    // Most words of a run are none of these: the sieve turns them away before the table hashes them.
    private static readonly WordSieve SignSieve = new(Signs.Keys);

    private static Sign SignOf(string norm) => SignSieve.MayContain(norm) ? Signs.GetValueOrDefault(norm) : Sign.None;

    private readonly HashSet<string> _givenNames;

    public PersonNameFinder(IEnumerable<string> givenNames)
    {
        _givenNames = new HashSet<string>(givenNames, StringComparer.Ordinal);
    }

    /// <summary>The given names of data/actors/given-names.tsv and the first names of the knowledge base's people.</summary>
    public static PersonNameFinder Build(KnowledgeBase kb, IReadOnlySet<string> commonWords)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in new EmbeddedKnowledgeSource("actors").ReadTsv("given-names.tsv"))
            names.Add(Text.Tokenization.Tokenizer.Normalize(row.Required("name")));
        // A first name of several known leaders is a given name; one that is also someone's surname
        // ("Lee", "Kim") or a place or common word is not a safe sign.
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var firsts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in kb.People)
        {
            var parts = p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) continue;
            surnames.Add(Text.Tokenization.Tokenizer.Normalize(parts[^1]));
            if (parts[0].Length >= 3 && char.IsUpper(parts[0][0]) && !parts[0].EndsWith('.')) firsts.Add(Text.Tokenization.Tokenizer.Normalize(parts[0]));
        }
        var places = kb.States.SelectMany(s => s.Aliases.Append(s.Name)).Concat(kb.Places.Where(p => p.Population >= 100_000).Select(p => p.Name))
            .Select(Text.Tokenization.Tokenizer.Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var first in firsts)
            if (!surnames.Contains(first) && !places.Contains(first) && !commonWords.Contains(first)) names.Add(first);
        return new PersonNameFinder(names);
    }

    /// <summary>
    /// Names of people in the document that no candidate claims, in text order, into <paramref name="found"/>
    /// (cleared first); <paramref name="owner"/> gives for each token the index of the candidate covering it, or -1.
    /// </summary>
    public void Find(Doc doc, List<Candidate> candidates, int[] owner, TokenCapitals capitals, List<FoundName> found)
    {
        found.Clear();
        // By index: the sentences' enumerator is an allocation per pass.
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var sentence = doc.Sentence(s);
            var end = sentence.EndToken;
            for (var i = sentence.FirstToken; i < end;)
            {
                if (!IsNameWord(doc, candidates, owner, capitals, i))
                {
                    i++;
                    continue;
                }
                var runEnd = i + 1;
                while (runEnd < end && (IsNameWord(doc, candidates, owner, capitals, runEnd) || IsInnerNamePart(doc, runEnd, end))) runEnd++;
                Consider(doc, candidates, owner, sentence.FirstToken, i, runEnd, found);
                // The word that ended the run is no name word: it opens none.
                i = runEnd + 1;
            }
        }
    }

    private void Consider(Doc doc, List<Candidate> candidates, int[] owner, int sentenceStart, int start, int end, List<FoundName> found)
    {
        // An honorific or role inside the run opens the name after it: "Treasury Secretary James Baker", "Mr Lyng".
        for (var i = end - 1; i >= start; i--)
        {
            var sign = SignOf(doc.Token(i).Norm);
            var honorific = (sign & Sign.Honorific) != 0;
            if ((sign & (Sign.Honorific | Sign.Role)) != 0 && (i + 2 < end || (honorific && i + 1 < end)))
            {
                var (country, sector) = RoleOf(doc, candidates, owner, start, i);
                Add(doc, found, i + 1, Math.Min(end, i + 5), country, sector, honorific ? "honorific" : "role");
                return;
            }
        }

        // A role or honorific just before the run: "chairman Paul Volcker", "Mr. Lyng".
        if (start > sentenceStart)
        {
            var before = SignOf(doc.Token(start - 1).Norm);
            if ((before & Sign.Honorific) != 0 || ((before & Sign.Role) != 0 && end - start >= 2))
            {
                var (country, sector) = RoleOf(doc, candidates, owner, start, start - 1);
                Add(doc, found, start, Math.Min(end, start + 4), country, sector, (before & Sign.Honorific) != 0 ? "honorific" : "role");
                return;
            }
        }

        // A common given name opening the run, past any capitalised word that opens the sentence: "But Clayton Yeutter".
        for (var i = start; i < end - 1 && i < start + 2; i++)
        {
            if (_givenNames.Contains(doc.Token(i).Norm) && (i == start || i - 1 == sentenceStart))
            {
                Add(doc, found, i, Math.Min(end, i + 4), null, null, "given-name");
                return;
            }
        }

        // Two or three words no gazetteer name claims, before an apposition naming a role. A verb of speech
        // alone is no sign: companies speak as often as people do ("Weight Watchers said").
        var length = end - start;
        if (length is < 2 or > 3 || start == sentenceStart) return;
        for (var i = start; i < end; i++)
            if (owner[i] >= 0) return;
        if (IsRoleApposition(doc, end)) Add(doc, found, start, end, null, null, "apposition");
    }

    private static bool IsNotNameWord(string norm) => (SignOf(norm) & Sign.NotName) != 0;

    // The name is something else when a word of it or just after it says so: "Merrill Lynch Capital Markets".
    private static void Add(Doc doc, List<FoundName> found, int start, int end, string? country, string? sector, string evidence)
    {
        for (var i = start; i < end; i++)
            if (IsNotNameWord(doc.Token(i).Norm)) return;
        if (end < doc.TokenCount && doc.Token(end).IsCapitalized && IsNotNameWord(doc.Token(end).Norm)) return;
        found.Add(new FoundName(start, end, country, sector, evidence));
    }

    // ", the Treasury secretary," / ", a spokesman for ...": a role named right after the name, before any verb.
    private static bool IsRoleApposition(Doc doc, int end)
    {
        if (end + 1 >= doc.TokenCount || doc.Token(end).Text != ",") return false;
        for (var i = end + 1; i < Math.Min(doc.TokenCount, end + 6); i++)
        {
            var t = doc.Token(i);
            if (t.Kind is not (TokenKind.Word or TokenKind.Clitic)) return false;
            if ((SignOf(t.Norm) & Sign.Role) != 0) return true;
        }
        return false;
    }

    // The state before a role gives its country: "U.S. Treasury Secretary", "Brazil's Finance Minister".
    private static (string? Country, string? Sector) RoleOf(Doc doc, List<Candidate> candidates, int[] owner, int runStart, int role)
    {
        var sector = Roles.GetValueOrDefault(doc.Token(role).Norm);
        if (string.IsNullOrEmpty(sector)) return (null, null);
        var i = runStart - 1;
        if (i >= 0 && doc.Token(i).Norm == "'s") i--;
        if (i < 0 || owner[i] < 0) return (null, null);
        var state = candidates[owner[i]].First(EntryKind.StateAdjective) ?? candidates[owner[i]].First(EntryKind.StateName);
        return state?.Country is { } country ? (country, sector) : (null, null);
    }

    // A capitalised word no gazetteer name claims but a lone place name: "Baker" in "James Baker".
    private static bool IsNameWord(Doc doc, List<Candidate> candidates, int[] owner, TokenCapitals capitals, int i)
    {
        if (!capitals.IsCapitalizedWord(i)) return false;
        var t = doc.TokenData[i];
        if (IsAcronym(t.Text)) return false;
        // The candidate first: a word a longer name or a non-place claims needs no look-up of its own.
        if (owner[i] >= 0)
        {
            var c = candidates[owner[i]];
            if (c.End - c.Start > 1) return false;
            var entries = c.Entries;
            for (var k = 0; k < entries.Length; k++)
                if (entries[k].Kind is not (EntryKind.Place or EntryKind.AdminDivision)) return false;
        }
        return (SignOf(t.Norm) & Sign.Calendar) == 0;
    }

    // Initials and particles inside a name: "E. Gerald Corrigan", "Herman de Croo".
    private static bool IsInnerNamePart(Doc doc, int i, int sentenceEnd)
    {
        var t = doc.Token(i);
        if (t.Kind != TokenKind.Word || i + 1 >= sentenceEnd || !doc.Token(i + 1).IsCapitalized) return false;
        return t.Text is "de" or "van" or "von" or "der" or "da" or "di" or "del" or "bin" or "al"
            || (t.Text.Length == 2 && t.Text[1] == '.' && char.IsUpper(t.Text[0]));
    }

    private static bool IsAcronym(string text)
    {
        if (text.Length < 2) return false;
        foreach (var ch in text)
            if (char.IsLetter(ch) && !char.IsUpper(ch)) return false;
        return true;
    }
}
