namespace Annals.Text.Tokenization;

/// <summary>Words that news abbreviates with a full stop, which therefore does not end a sentence.</summary>
internal static class Abbreviations
{
    // Titles that precede a name: a capitalised word after them is the name, never a new sentence.
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm", "cmdr", "brig",
        "gov", "sen", "rep", "pres", "rev", "fr", "sr", "jr", "st", "hon", "amb", "supt", "insp", "det", "messrs",
    };

    // Other abbreviations that keep their dot; these may also end a sentence.
    private static readonly HashSet<string> Others = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "tue", "tues", "thu", "thur", "thurs", "fri",
        "vs", "etc", "inc", "corp", "co", "ltd", "plc", "bros", "dept", "approx",
        "ave", "blvd", "mt", "ft", "cf", "al",
    };

    // AP style's abbreviations of US states written as one word (N.Y. and S.C. are dotted letters). Case-sensitive:
    // "ill." and "mass." are words.
    private static readonly HashSet<string> UsStates = new(StringComparer.Ordinal)
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo",
    };

    /// <summary>Whether a word, without its dot, is AP style's abbreviation of a US state (Calif, Ill).</summary>
    public static bool IsUsState(ReadOnlySpan<char> word) =>
        UsStates.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether a word, without its dot, is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word)
    {
        var lookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        var others = Others.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word) || others.Contains(word);
    }

    /// <summary>Whether a token (with its dot) is a title that always precedes a name.</summary>
    public static bool IsTitle(string token) =>
        token.EndsWith('.') && Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token.AsSpan(0, token.Length - 1));
}
