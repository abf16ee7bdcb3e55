using Annals.Text;

namespace Annals.Understanding.Entities;

// Counties: lists of counties ("Barrow and Gwinnett counties"), "<name> Co." and counties named without the word.
public sealed partial class EntityRecognizerComponent
{
    // "Barrow and Gwinnett counties", "Orleans, Jefferson and St. Bernard parishes": each name listed before the
    // plural names a county (held as "<name> County"), not the town of that name, and is one even when no town is.
    private void ReadCountyLists(Doc doc, List<Candidate> candidates, TokenCapitals capitals)
    {
        if (!capitals.AnyCountyListWord) return;
        for (var i = 1; i < doc.TokenCount; i++)
        {
            if (IsCountyAbbreviation(doc, i))
            {
                // "Loudon Co. man", "Platte Co. tops 32K": the abbreviation names the county the words before it make.
                var opening = doc.Sentence(doc.SentenceOfToken(i)).FirstToken;
                var first = i;
                while (first > opening && i - first < 3 && IsCapitalizedName(doc.Token(first - 1))) first--;
                if (first < i) ReadCounty(doc, candidates, first, i, "county", through: i + 1);
                continue;
            }
            var head = doc.Token(i).Norm switch { "counties" => "county", "parishes" => "parish", _ => null };
            if (head is null) continue;
            var sentenceStart = doc.Sentence(doc.SentenceOfToken(i)).FirstToken;
            var end = i;
            for (var j = i - 1; j >= sentenceStart - 1; j--)
            {
                var t = j >= sentenceStart ? doc.Token(j) : default;
                if (j >= sentenceStart && t.Kind == TokenKind.Word && t.IsCapitalized && t.Norm is not ("and" or "or")) continue;
                // Tokens j+1 .. end are one listed name.
                if (end > j + 1) ReadCounty(doc, candidates, j + 1, end, head);
                if (j < sentenceStart || t.Norm is not ("," or "and" or "or")) break;
                end = j;
            }
        }
    }

    private static bool IsCountyAbbreviation(Doc doc, int i) =>
        doc.Token(i).Text is "Co." || (doc.Token(i).Text is "Co" && i + 1 < doc.TokenCount && doc.Token(i + 1).Text == ".");

    private static bool IsCapitalizedName(Token t) => t.Kind == TokenKind.Word && t.IsCapitalized;

    // Tokens [start, end) and the head make the county's name; the mention runs to `through` ("Loudon Co.").
    private void ReadCounty(Doc doc, List<Candidate> candidates, int start, int end, string head, int through = -1)
    {
        if (through < 0) through = end;
        var counties = _gazetteer.WithHead(doc, start, end, head);
        // "Small Hitchcock and Hayes counties": the sentence's first word may only be capitalised for opening it.
        if (counties.Length == 0 && end - start > 1 && OpensSentence(doc, start))
        {
            start++;
            counties = _gazetteer.WithHead(doc, start, end, head);
        }
        if (counties.Length == 0) return;
        var at = candidates.FindIndex(c => c.End > start);
        if (at >= 0 && candidates[at].Start == start && candidates[at].End == end && candidates[at].Part is null && (at + 1 == candidates.Count || candidates[at + 1].Start >= through))
            candidates[at] = new Candidate(start, through, counties);
        else if (at < 0 || candidates[at].Start >= through)
            candidates.Insert(at < 0 ? candidates.Count : at, new Candidate(start, through, counties));
    }

    /// <summary>
    /// Local news names its counties without the word "County" once the reader knows them: "DeKalb police",
    /// "Clarke and Oconee", "Kanawha Circuit Court". A name the gazetteer holds only with "County" (or
    /// "Parish"), or as a town outside that county, is the county when the article names the county in full,
    /// or names its state or another county of that state. Never on the word alone: most such names are
    /// surnames too.
    /// </summary>
    private void ReadBareCounties(DocContext ctx, List<FoundName> names, List<EntityMention> mentions, TokenCapitals capitals)
    {
        if (ctx.Resolved.Count == 0) return;
        var doc = ctx.Doc;
        var at = RentTokenTable(doc);
        for (var m = 0; m < mentions.Count; m++)
            for (var i = mentions[m].FirstToken; i < mentions[m].EndToken; i++) at[i] = m;
        foreach (var n in names)
            for (var i = n.Start; i < n.End; i++) at[i] = -2;
        // By index: the sentences' enumerator is an allocation per pass.
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var sentence = doc.Sentence(s);
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                // Few words open a county's name: the sieve turns the others away before the words around them are read.
                if (at[i] < -1 || !capitals.IsCapitalizedWord(i) || !_gazetteer.MayOpenCountyName(doc.Token(i).Norm)) continue;
                // "Michael Clarke": a capitalised word before it makes it part of a longer name ("While Clarke" does not).
                if (i > sentence.FirstToken && capitals.IsCapitalizedWord(i - 1)
                    && !(i - 1 == sentence.FirstToken && _commonWords.Contains(doc.Token(i - 1).Norm))) continue;
                var (end, county) = BareCounty(ctx, i, sentence.EndToken, at, mentions);
                if (county is null) continue;
                var replaced = at[i] >= 0 ? mentions[at[i]] : null;
                ctx.Resolved[doc.Text[doc.Token(i).Start..doc.Token(end - 1).End]] = county;
                var mention = Mention(doc, i, end, EntityType.Place, county.Id, county.Name, county.Country is { } iso3 ? Cameo(iso3) : null, county.Country, "county-without-head", county.Lat, county.Lon);
                if (replaced is null)
                {
                    mentions.Add(mention);
                    for (var t = i; t < end; t++) at[t] = mentions.Count - 1;
                }
                else
                {
                    mentions[at[i]] = mention;
                }
                i = end - 1;
            }
        }
        ReturnTokenTable(at);
    }

    // The county tokens [start, end) name, with the end, when the article supports it; (start, null) otherwise.
    private (int End, GazetteerEntry? County) BareCounty(DocContext ctx, int start, int limit, int[] at, List<EntityMention> mentions)
    {
        var doc = ctx.Doc;
        for (var end = Math.Min(limit, start + 3); end > start; end--)
        {
            if (!IsCapitalizedName(doc.Token(end - 1)) || at[end - 1] < -1) continue;
            // Only where nothing was read, or a town was read that the article's own county makes doubtful.
            var read = at[start] >= 0 ? at[start] : -1;
            if (read < 0 ? AnyRead(at, start, end) : !(at[end - 1] == read && (end == doc.TokenCount || at[end] != read))) continue;
            // "the Red River": a river, lake or valley is no county of that name.
            if (NaturalFeatures.Contains(doc.Token(end - 1).Norm)) continue;
            var counties = _gazetteer.CountiesNamed(doc, start, end);
            if (counties.Count == 0) continue;
            if (end - start == 1 && IsCommonOrPersonWord(ctx, doc.Token(start).Norm)) return (start, null);
            if (end < limit)
            {
                var following = doc.Token(end);
                // "Clarke Street", "Hall said", "Hall Smith", "King of kings": a street, a speaker, a longer name.
                if (SpeechVerbs.Contains(following.Norm) || Thoroughfares.Contains(following.Norm) || following.Norm == "of") return (start, null);
                if (IsCapitalizedName(following) && !LocalBodyWords.Contains(following.Norm)) return (start, null);
            }
            var placed = ctx.Resolved.GetValueOrDefault(doc.Text[doc.Token(start).Start..doc.Token(end - 1).End]);
            // One sense per article: the county this name was read as before.
            if (placed is { Kind: EntryKind.AdminDivision, Level: 2 } && counties.Contains(placed))
                return read >= 0 && mentions[read].KbId == placed.Id ? (start, null) : (end, placed);
            if (read >= 0 && placed is not { Kind: EntryKind.Place }) return (start, null);
            var (best, named) = SupportedCounty(ctx, counties, read >= 0 ? placed : null);
            // Short of the county named in full, the words around it must speak of a local body or of counties:
            // "DuPage Sheriff", "Clarke and Oconee", "in Kanawha".
            if (best is null || !(named || (end < limit && LocalBodyWords.Contains(doc.Token(end).Norm)) || IsLocative(doc, start)
                || ListedBesideCounty(ctx, start, end, limit, at, mentions))) return (start, null);
            return (end, best);
        }
        return (start, null);
    }

    private static bool AnyRead(int[] at, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (at[i] >= 0) return true;
        return false;
    }

    // The county the article names in full, or else the one whose state the article names or shares with another
    // of its counties; a town already read stays unless the county is named in full and the town lies outside it.
    private static (GazetteerEntry? County, bool NamedInFull) SupportedCounty(DocContext ctx, IReadOnlyList<GazetteerEntry> counties, GazetteerEntry? town)
    {
        GazetteerEntry? best = null;
        var bestSupport = 0;
        var tied = false;
        foreach (var e in counties)
        {
            if (e is not { Kind: EntryKind.AdminDivision, Level: 2, Admin1: { } state }) continue;
            var support = 0;
            foreach (var r in ctx.Resolved.Values)
            {
                if (r.Kind != EntryKind.AdminDivision) continue;
                if (r.Id == e.Id) support += 10;
                else if (r.Level == 1 ? r.Id == state : r.Admin1 == state) support++;
            }
            if (town is not null && (support < 10 || town.Admin2 == e.Id)) continue;
            if (support > bestSupport) (best, bestSupport, tied) = (e, support, false);
            else if (support == bestSupport && support > 0) tied = true;
        }
        return tied ? (null, false) : (best, bestSupport >= 10);
    }

    // "Clarke and Oconee", "Christian and Webster County": listed beside a county read or another county's name.
    private bool ListedBesideCounty(DocContext ctx, int start, int end, int limit, int[] at, List<EntityMention> mentions)
    {
        var doc = ctx.Doc;
        if (start >= 2 && doc.Token(start - 1).Norm is "," or "and" or "or" && at[start - 2] >= 0 && IsCountyMention(ctx, mentions[at[start - 2]])) return true;
        if (end + 1 >= limit || doc.Token(end).Norm is not ("," or "and" or "or")) return false;
        if (at[end + 1] >= 0) return IsCountyMention(ctx, mentions[at[end + 1]]);
        return IsCapitalizedName(doc.Token(end + 1)) && _gazetteer.CountiesNamed(doc, end + 1, end + 2).Count > 0;
    }

    private static bool IsCountyMention(DocContext ctx, EntityMention m) =>
        m.Type == EntityType.Place && ctx.Resolved.TryGetValue(m.Text, out var e) && e is { Kind: EntryKind.AdminDivision, Level: 2 };
}
