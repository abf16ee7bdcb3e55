using System.Collections.Frozen;

namespace Annals.Events;

/// <summary>The closed-class words the coder reasons with: auxiliaries, determiners, markers of modality.</summary>
internal static class Words
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a pattern's verb that show it is used as a noun ("the attack on").</summary>
    public static readonly FrozenSet<string> Determiners = Set("the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those", "'s", "’s", "any", "every", "further", "another", "such");

    public static readonly FrozenSet<string> Be = Set("is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got", "gotten", "'s");

    public static readonly FrozenSet<string> Perfect = Set("has", "have", "had", "'ve", "having");

    public static readonly FrozenSet<string> Present = Set("is", "are", "am", "will", "'ll", "shall", "be", "does", "do");

    public static readonly FrozenSet<string> Negations = Set("not", "n't", "never", "neither", "nor");

    public static readonly FrozenSet<string> Hypothetical = Set("could", "would", "might", "may", "should", "'d", "must");

    public static readonly FrozenSet<string> Conditional = Set("if", "unless", "whether");

    /// <summary>Single words that mark a planned or predicted event ("will", "plans to", "is expected to").</summary>
    public static readonly FrozenSet<string> Expected = Set("will", "'ll", "shall", "expected", "expects", "plans", "plan", "planned", "planning",
        "due", "scheduled", "intends", "intend", "intended", "intending", "set", "likely", "aims", "aim", "aiming", "hopes", "hope", "hoping", "going", "wants", "want", "seeks", "poised", "prepared", "preparing", "ready");

    /// <summary>Words by which an actor states its own intent to act ("will", "vowed to", "is ready to"); "expected" and "due" only predict.</summary>
    public static readonly FrozenSet<string> IntentMarkers = Set("will", "'ll", "shall", "plans", "plan", "planned", "planning", "intends", "intend", "intended", "intending",
        "aims", "aim", "aimed", "aiming", "wants", "want", "wanted", "going", "ready", "prepared", "willing", "determined", "hopes", "hope", "hoped", "hoping",
        "vow", "vows", "vowed", "pledge", "pledges", "pledged", "promise", "promises", "promised", "swear", "swears", "swore", "sworn",
        "offer", "offers", "offered", "agree", "agrees", "agreed");

    public static readonly FrozenSet<string> ThreatMarkers = Set("threaten", "threatens", "threatened", "threatening");

    /// <summary>Verbs of saying after which "would" reports the speaker's intent ("said it would allow").</summary>
    public static readonly FrozenSet<string> Reporting = Set("said", "says", "say", "saying", "announced", "announces", "declared", "stated", "confirmed", "added", "insisted", "indicated", "told");

    /// <summary>Verbs of phase that govern an act without making it less real: "continued to send arms", "began shelling", "resorted to throwing stones";
    /// an attempt made is the act, as CAMEO codes attempted attacks ("tried to hack into", "attempted to storm"), but one still being
    /// made ("is trying to") is not yet.</summary>
    public static readonly FrozenSet<string> Aspectual = Set("continue", "continues", "continued", "continuing", "begin", "begins", "began", "begun", "beginning",
        "start", "starts", "started", "starting", "resume", "resumes", "resumed", "resuming", "keep", "keeps", "kept", "resort", "resorts", "resorted",
        "decide", "decides", "decided", "help", "helps", "helped", "helping", "tried", "attempted");

    /// <summary>Words whose "that" clause says what another should do: "demanded that", "insisted that", "urged that".</summary>
    public static readonly FrozenSet<string> Mandative = Set("demand", "demands", "demanded", "demanding", "insist", "insists", "insisted", "insisting",
        "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "request", "requests", "requested", "propose", "proposes", "proposed",
        "recommend", "recommends", "recommended", "order", "orders", "ordered");

    /// <summary>Verbs that have their object do what the infinitive says: "called on workers to strike", "allowed students to march".</summary>
    public static readonly FrozenSet<string> ObjectControl = Set("call", "calls", "called", "calling", "allow", "allows", "allowed", "allowing",
        "permit", "permits", "permitted", "encourage", "encourages", "encouraged", "invite", "invites", "invited", "tell", "tells", "told",
        "force", "forces", "forced", "persuade", "persuades", "persuaded", "want", "wants", "wanted", "expect", "expects", "expected");

    /// <summary>Plural subjects without -s, after which a bare verb still acts ("police arrest", "both agree").</summary>
    public static readonly FrozenSet<string> PluralsWithoutS = Set("police", "people", "men", "women", "children", "youth", "military", "staff", "personnel", "clergy", "both", "all");

    public static readonly FrozenSet<string> SubjectPronouns = Set("he", "she", "it", "they", "we", "i", "you");

    /// <summary>Participles that after "be" and before "to" name a stance, not a passive ("is opposed to", "is committed to").</summary>
    public static readonly FrozenSet<string> StativeBeforeTo = Set("opposed", "committed", "dedicated", "devoted");

    /// <summary>Words besides <see cref="Prepositions"/> after which an -ing form is a noun: "after fighting", "during shelling".</summary>
    public static readonly FrozenSet<string> BeforeGerundNoun = Set("after", "before", "during", "following", "since", "without");

    public static readonly FrozenSet<string> Denial = Set("deny", "denies", "denied", "denying");

    /// <summary>Adverbs and auxiliaries that may stand between a subject and its verb.</summary>
    public static readonly FrozenSet<string> Auxiliary = Set("has", "have", "had", "'ve", "is", "are", "was", "were", "be", "been", "being", "am",
        "will", "'ll", "shall", "would", "could", "might", "may", "should", "must", "can", "do", "does", "did", "not", "n't", "never", "also", "again",
        "reportedly", "allegedly", "just", "already", "still", "then", "later", "today", "yesterday", "recently", "jointly", "formally", "officially", "publicly", "finally", "once", "twice", "repeatedly", "to");

    public static readonly FrozenSet<string> Locative = Set("in", "at", "near", "from", "into", "across", "inside", "outside", "to", "towards", "toward", "around", "throughout");

    /// <summary>Prepositions that say where something happens, not whom it is done to ("met in Beijing", "at the border").</summary>
    public static readonly FrozenSet<string> StaticLocative = Set("in", "at", "near", "inside", "outside", "across", "through", "throughout", "around", "within");

    /// <summary>Prepositions that say what an act is about ("talks on the fate of", "a dispute over").</summary>
    public static readonly FrozenSet<string> Topical = Set("on", "about", "over", "regarding", "concerning");

    /// <summary>Words of a time phrase that may stand between a verb and what follows it ("met on Monday in", "attacked late last night").</summary>
    public static readonly FrozenSet<string> TimeWords = Set("on", "today", "yesterday", "tonight", "late", "early", "last", "this", "next", "earlier",
        "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night", "overnight");

    /// <summary>Days of the week, which news uses as times ("threatened on Sunday to").</summary>
    public static readonly FrozenSet<string> Weekdays = Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>Finite auxiliaries and modals: after a verb's phrase has begun, one starts another predicate.</summary>
    public static readonly FrozenSet<string> Finite = Set("is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "does", "did");

    /// <summary>Pronouns that stand as a verb's object ("kidnapped him").</summary>
    public static readonly FrozenSet<string> ObjectPronouns = Set("him", "them", "it", "us", "me", "himself", "herself", "itself", "themselves");

    /// <summary>Words that open another clause, so a verb's phrase ends before them.</summary>
    public static readonly FrozenSet<string> ClauseOpeners = Set("which", "who", "whom", "whose", "where", "while", "whereas", "because", "when", "whether", "if", "unless",
        "although", "though", "but", "said", "says", "as", "after", "before", "since", "until", "so");

    public static readonly FrozenSet<string> Relative = Set("who", "which");

    /// <summary>Words a gap between pattern words may not contain: they start another clause or phrase.</summary>
    /// <remarks>Auxiliaries start another predicate ("Putin's visit is likely to ..."); prepositions the pattern does not name attach what follows elsewhere ("calling for Putin's arrest").</remarks>
    public static readonly FrozenSet<string> GapStoppers = Set("and", "or", "but", "that", "who", "which", "while", "whereas", "because", "after", "before", "when", "if", "said", "says",
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "does", "did",
        "for", "with", "from", "by", "about", "against", "since", "during", "without", "despite", "over");

    /// <summary>Prepositions after which a participle describes a noun ("for alleged crimes") rather than acting.</summary>
    public static readonly FrozenSet<string> Prepositions = Set("for", "of", "in", "on", "with", "about", "over", "against", "into", "from", "at", "among", "amid", "despite", "under");

    /// <summary>Nouns heading an "of" phrase that still name an actor ("the leaders of Russia and China met").</summary>
    public static readonly FrozenSet<string> ActorHeads = Set("leader", "leaders", "head", "heads", "member", "members", "delegation", "delegations",
        "representative", "representatives", "envoy", "envoys", "government", "governments", "forces", "troops", "army", "soldiers", "fighters", "negotiators", "diplomats", "officials", "supporters", "group", "groups", "thousands", "hundreds", "dozens", "scores", "crowd", "crowds", "contingent", "unit", "units",
        "demonstrators", "protesters", "rebels", "militants", "workers", "students", "authorities", "police", "farmers", "villagers", "refugees", "prisoners",
        "allies", "citizens", "people", "residents", "president", "minister", "ministers", "foreign", "ministry", "spokesman", "spokeswoman", "chief", "states", "countries", "nations");

    /// <summary>Titles a person's name opens with ("President Bouteflika", "U.N. Secretary-General Kofi Annan"); the office is its holder.</summary>
    public static readonly FrozenSet<string> PersonTitles = Set("president", "king", "queen", "prince", "emperor", "sultan", "emir", "sheikh",
        "minister", "premier", "chancellor", "secretary-general", "secretary", "governor", "mayor", "senator", "ambassador",
        "gen.", "colonel", "col.", "archbishop", "bishop", "pope", "ayatollah", "mr.", "mrs.", "ms.", "dr.");

    public static readonly FrozenSet<string> Quotes = Set("\"", "“", "”", "'", "‘", "’");

    public static readonly FrozenSet<string> ClauseBreaks = Set(";", ":", "(", ")", "--", "—", "–", "[", "]");

    /// <summary>Adjectives before a noun of a nominal pattern that make the event a plan ("his planned visit").</summary>
    public static readonly FrozenSet<string> PlannedNoun = Set("planned", "upcoming", "forthcoming", "scheduled", "proposed", "expected", "possible", "future");

    /// <summary>Nouns of the means of a violent act, after which the actor modifying them is its agent ("an Israeli air strike").</summary>
    public static readonly FrozenSet<string> AttackNouns = Set("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing", "bombings",
        "explosion", "blast", "shelling", "ambush", "offensive", "assault", "operation", "fire", "gunfire", "rocket", "rockets", "missile", "missiles", "mortar", "mortars");

    public static bool IsAdverb(string norm) => norm.Length > 4 && norm.EndsWith("ly", StringComparison.Ordinal);
}
