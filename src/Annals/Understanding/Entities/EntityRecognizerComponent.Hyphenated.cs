using Annals.Text;
using Annals.Text.Tokenization;

namespace Annals.Understanding.Entities;

// Names inside hyphenated words and their parts: "Albany-based", "D-N.Y.", "Athens-Clarke", "San Jose-based".
public sealed partial class EntityRecognizerComponent
{
    // Lower-case word endings that say where something is from: "Albany-based", "Atlanta-area", "Ohio-born".
    private static readonly HashSet<string> PlaceSuffixes = new(StringComparer.Ordinal)
    {
        "based", "area", "born", "bound", "headquartered", "native", "raised", "educated",
    };

    /// <summary>
    /// Names inside hyphenated words, which the tokenizer keeps whole: a place before a word saying where
    /// something is from ("Albany-based", "Atlanta-area"), a legislator's home town after a party letter
    /// ("D-Minneapolis", "R-Marshall"), and places or states joined as a pair ("Fargo-Moorhead",
    /// "Egyptian-US relations"), when every part of the pair has a place or state reading.
    /// </summary>
    private void AddHyphenatedPlaces(Doc doc, List<Candidate> candidates, TokenCapitals capitals)
    {
        if (!capitals.AnyHyphenatedName) return;
        var added = new List<Candidate>();
        List<Candidate>? dropped = null;
        var k = 0;
        for (var i = 0; i < doc.TokenCount; i++)
        {
            if (!capitals.IsHyphenatedName(i)) continue;
            while (k < candidates.Count && candidates[k].End <= i) k++;
            if (k < candidates.Count && candidates[k].Start <= i) continue;
            var t = doc.Token(i);
            var parts = t.Text.Split(Hyphens);
            if (parts.Length > 3 || parts.Any(p => p.Length == 0)) continue;
            var offset = t.Start;
            var ranges = new TextRange[parts.Length];
            for (var p = 0; p < parts.Length; p++)
            {
                ranges[p] = new TextRange(offset, offset + parts[p].Length);
                offset += parts[p].Length + 1;
            }
            // "San Jose-based", "Paris-Henry County", "D-Iowa City": the word runs into a longer name, read whole or not at all.
            if (IsCapitalizedWord(doc, i - 1) || (i + 1 < doc.TokenCount && DivisionWords.Contains(doc.Token(i + 1).Norm)))
            {
                if (parts.Length == 2) AddRunOnParts(doc, candidates, k, added, dropped ??= [], i, parts, ranges);
                continue;
            }
            var nextFree = k < candidates.Count ? candidates[k].Start : doc.TokenCount;
            if (parts.Length == 2 && IsPartyLetters(parts[0]) && i + 1 < nextFree && IsCapitalizedWord(doc, i + 1)
                && _gazetteer.WordWithHead(parts[1], doc.Token(i + 1).Norm) is { Count: > 0 } longer)
            {
                // "R-Elbow Lake": the legislator's town has a name of two words.
                AddPart(added, i, new TextRange(ranges[1].Start, doc.Token(i + 1).End), longer, placesOnly: true, end: i + 2);
                continue;
            }
            if (parts.Length == 2 && IsPartyLetters(parts[0]))
            {
                // "D-Kanawha": a legislator's home may be a county, named without the word.
                AddPart(added, i, ranges[1], WordOrCounty(parts[1]), placesOnly: true);
            }
            else if (PlaceSuffixes.Contains(parts[^1]))
            {
                for (var p = 0; p < parts.Length - 1; p++) AddPart(added, i, ranges[p], _gazetteer.Word(parts[p]), placesOnly: true);
            }
            else
            {
                var readings = parts.Select(_gazetteer.Word).ToArray();
                // "Athens-Clarke": a town joined with its county's name, when the county lies in the town's state.
                for (var p = 0; p < parts.Length; p++)
                    if (readings[p].Count == 0) readings[p] = CountiesBeside(parts[p], readings);
                // "Jean-Pierre" joins two small towns' names too: a pair needs a state or a big city in it.
                var pair = readings.All(r => r.Any(e => IsPlaceReading(e) || e.Kind is EntryKind.StateName or EntryKind.StateAdjective))
                    && readings.Any(r => r.Any(IsSalient))
                    // "US" of "Egyptian-US" is no pronoun: in capitals, a common word's letters are an acronym.
                    && parts.All(p => Gazetteer.IsAcronym(p) || !_commonWords.Contains(Tokenizer.Normalize(p)));
                if (pair)
                    for (var p = 0; p < parts.Length; p++) AddPart(added, i, ranges[p], readings[p], placesOnly: false);
            }
        }
        if (added.Count == 0) return;
        if (dropped is not null) candidates.RemoveAll(dropped.Contains);
        InsertInOrder(candidates, added);
    }

    private static readonly char[] Hyphens = TokenCapitals.Hyphens.ToCharArray();

    private List<GazetteerEntry> CountiesBeside(string part, IReadOnlyList<GazetteerEntry>[] readings) =>
        [.. _gazetteer.WordWithHead(part, "county").Where(county => county.Admin1 is { } state
            && readings.Any(r => r.Any(e => e.Kind == EntryKind.Place && e.Admin1 == state)))];

    private IReadOnlyList<GazetteerEntry> WordOrCounty(string part)
    {
        var entries = _gazetteer.Word(part);
        return entries.Count > 0 ? entries : _gazetteer.WordWithHead(part, "county");
    }

    private static readonly HashSet<string> DivisionWords = new(StringComparer.Ordinal) { "county", "parish", "township", "borough", "city" };

    // A capitalised word that does not open its sentence: part of a name.
    private static bool IsCapitalizedWord(Doc doc, int i) =>
        i >= 0 && doc.Token(i).Kind == TokenKind.Word && doc.Token(i).IsCapitalized && !OpensSentence(doc, i);

    private static bool IsSalient(GazetteerEntry e) =>
        e.Kind is EntryKind.StateName or EntryKind.StateAdjective or EntryKind.Capital || e.Population >= 100_000 || e is { Kind: EntryKind.AdminDivision, Level: 1 };

    // "D", "R", "I", "DFL": the party letters before a legislator's home town.
    private static bool IsPartyLetters(string s) => s.Length is >= 1 and <= 3 && s.All(char.IsUpper);

    private static void AddPart(List<Candidate> added, int token, TextRange range, IReadOnlyList<GazetteerEntry> entries, bool placesOnly, int end = -1)
    {
        var kept = entries.Where(e => IsPlaceReading(e) || e.Kind == EntryKind.StateName || (!placesOnly && e.Kind == EntryKind.StateAdjective)).ToArray();
        if (kept.Length > 0) added.Add(new Candidate(token, end < 0 ? token + 1 : end, kept) { Part = range });
    }

    /// <summary>
    /// A hyphenated word whose part runs into the words beside it: "San Jose-based" and "St. Louis-based" (the
    /// words before and the first part make the place), "D-Iowa City" (the last part and the word after), and
    /// "Paris-Henry County" (a town joined with its county, whose name runs into the word after). A candidate
    /// that matched only the words beside it ("San", "City") gives way (<paramref name="dropped"/>); <paramref name="k"/>
    /// is the first candidate after token <paramref name="i"/>.
    /// </summary>
    private void AddRunOnParts(Doc doc, List<Candidate> candidates, int k, List<Candidate> added, List<Candidate> dropped, int i, string[] parts, TextRange[] ranges)
    {
        if (IsCapitalizedWord(doc, i - 1))
        {
            if (!PlaceSuffixes.Contains(parts[1])) return;
            for (var j = Math.Max(0, i - 2); j < i; j++)
            {
                if (!IsCapitalizedName(doc.Token(j)) || !SameSentence(doc, j, i)) continue;
                // Candidates before the word must lie wholly within the longer name.
                var first = k;
                while (first > 0 && candidates[first - 1].End > j) first--;
                if (first < k && candidates[first].Start < j) continue;
                var entries = _gazetteer.WithHead(doc, j, i, Tokenizer.Normalize(parts[0]));
                if (entries.Length == 0) continue;
                AddPart(added, j, new TextRange(doc.Token(j).Start, ranges[0].End), entries, placesOnly: true, end: i + 1);
                for (var c = first; c < k; c++) dropped.Add(candidates[c]);
                return;
            }
            return;
        }
        if (i + 1 >= doc.TokenCount || !SameSentence(doc, i, i + 1)) return;
        Candidate? beside = k < candidates.Count && candidates[k].Start == i + 1 ? candidates[k] : null;
        if (beside is not null && beside.End != i + 2) return;
        var next = doc.Token(i + 1);
        var joined = _gazetteer.WordWithHead(parts[1], next.Norm);
        if (joined.Count == 0) return;
        var runOn = new TextRange(ranges[1].Start, next.End);
        var before = added.Count;
        if (IsPartyLetters(parts[0]))
        {
            AddPart(added, i, runOn, joined, placesOnly: true, end: i + 2);
        }
        else if (next.Norm is "county" or "parish" && WordOrCounty(parts[0]) is { Count: > 0 } town)
        {
            AddPart(added, i, ranges[0], town, placesOnly: true);
            AddPart(added, i, runOn, joined, placesOnly: true, end: i + 2);
        }
        if (beside is not null && added.Count > before) dropped.Add(beside);
    }

    // A name inside a hyphenated word is a place or a state: the word itself already says so.
    private void InterpretPart(DocContext ctx, List<Candidate> candidates, int k, List<EntityMention> mentions)
    {
        var c = candidates[k];
        var norm = Tokenizer.Normalize(c.TextIn(ctx.Doc));
        if (ctx.PersonNameParts.Contains(norm)) return;
        EntityMention? mention = null;
        if (c.First(EntryKind.StateName) is { } state && !NamesAdminDivisionHere(ctx, candidates, k, state))
            mention = Mention(ctx.Doc, c.Start, c.End, EntityType.State, state.Id, state.Name, state.Actor, state.Country, "gazetteer:state", state.Lat, state.Lon);
        // A hyphenated word says little on its own: its place must lie in a country the article is about ("DFL-Cook" is no Australian town).
        else if (BestPlace(ctx, candidates, k) is { } place && place.Country is { } country && (country == ctx.HomeCountry || ctx.Countries.Contains(country)))
            mention = PlaceMention(ctx, c, place, "gazetteer:place");
        else if (c.First(EntryKind.StateAdjective) is { } adjective)
            mention = Mention(ctx.Doc, c.Start, c.End, EntityType.State, adjective.Id, adjective.Name, adjective.Actor, adjective.Country, "gazetteer:state-adjective", adjective.Lat, adjective.Lon);
        if (mention is not null) mentions.Add(mention with { Range = c.Part!.Value, Text = c.Part.Value.Slice(ctx.Doc.Text) });
    }

    // Tokens [start, end) are exactly one gazetteer match that reads only as a town or division.
    private static bool IsPlaceTail(List<Candidate> candidates, int[] owner, int start, int end)
    {
        if (owner[start] < 0) return false;
        var c = candidates[owner[start]];
        return c.Start == start && c.End == end && c.Entries.All(e => e.Kind is EntryKind.Place or EntryKind.AdminDivision);
    }
}
