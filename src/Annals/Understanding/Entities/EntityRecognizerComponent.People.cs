using Annals.Knowledge;
using Annals.Text;
using NodaTime;

namespace Annals.Understanding.Entities;

// People: titles and roles resolved to office holders, names the knowledge base does not hold, surnames named again.
public sealed partial class EntityRecognizerComponent
{
    private int InterpretTitle(DocContext ctx, List<Candidate> candidates, int k, GazetteerEntry title, string? country, int spanStart, List<EntityMention> mentions)
    {
        var doc = ctx.Doc;
        var c = candidates[k];
        var next = k + 1 < candidates.Count ? candidates[k + 1] : null;

        // Title then a known name: "President Vladimir Putin".
        if (next is not null && next.Start == c.End && next.First(EntryKind.Person) is { } named && SameSentence(doc, c.Start, next.Start))
        {
            mentions.Add(PersonMention(ctx, spanStart, next.End, named.Id, named.Name, "title+person", country));
            return k + 1;
        }

        // Title then a name the knowledge base does not hold: "Foreign Minister Sergei Lavrov".
        // A name may run over words the gazetteer knows only as places ("Wang", "Jones"): after a title they are a name.
        var limit = int.MaxValue;
        var last = k;
        for (var j = k + 1; j < candidates.Count; j++)
        {
            if (candidates[j].Entries.All(e => e.Kind is EntryKind.Place or EntryKind.AdminDivision)) { last = j; continue; }
            limit = candidates[j].Start;
            break;
        }
        var nameEnd = ScanName(doc, c.End, limit);
        if (nameEnd > c.End)
        {
            while (k + 1 <= last && candidates[k + 1].Start < nameEnd) k++;
            var name = doc.Text[doc.Token(c.End).Start..doc.Token(nameEnd - 1).End];
            var surname = DiacriticFolding.Fold(doc.Token(nameEnd - 1).Norm);
            if (ctx.Surnames.TryGetValue(surname, out var known))
            {
                mentions.Add(PersonMention(ctx, spanStart, nameEnd, known.Id, known.Name, "title+surname", country));
            }
            else
            {
                var actor = country is null ? null : Cameo(country) + title.Actor;
                mentions.Add(Mention(doc, spanStart, nameEnd, EntityType.Person, null, name, actor, country, "title+name"));
            }
            return k;
        }

        // A role alone: "the Russian President", "Israel's prime minister".
        if (country is null) return k;
        var holder = title.Role is "head_of_state" or "head_of_government" or "leader" ? ResolveRole(ctx, country, title.Role) : null;
        if (holder is not null)
        {
            mentions.Add(PersonMention(ctx, spanStart, c.End, holder.Id, holder.Name, "role:" + title.Role, country));
        }
        else
        {
            var sector = title.Role is "office" ? title.Actor : "GOV";
            mentions.Add(Mention(doc, spanStart, c.End, EntityType.Person, null, null, Cameo(country) + sector, country, "role:" + title.Role));
        }
        return k;
    }

    private Person? ResolveRole(DocContext ctx, string iso3, string? role)
    {
        var leaderRole = role switch
        {
            "head_of_government" => LeaderRole.HeadOfGovernment,
            "leader" when HeadOfStateIsMonarch(iso3, ctx.Date) => LeaderRole.HeadOfGovernment,
            _ => LeaderRole.HeadOfState,
        };
        if (ctx.Date is { } date)
            return leaderRole == LeaderRole.HeadOfState ? _kb.HeadOfStateOn(iso3, date) : _kb.HeadOfGovernmentOn(iso3, date);
        // Undated: the office holder must be someone the article itself names.
        foreach (var person in ctx.NamedPeople)
        {
            if (person.Positions.Any(p => p.Iso3 == iso3 && p.Role == leaderRole)) return person;
        }
        return null;
    }

    private bool HeadOfStateIsMonarch(string iso3, LocalDate? date)
    {
        var positions = date is { } d ? _kb.HeadsOfStateOn(iso3, d) : [];
        var office = positions.Count > 0 ? positions[0].Office : null;
        return office is not null && (office.Contains("King", StringComparison.Ordinal) || office.Contains("Queen", StringComparison.Ordinal)
            || office.Contains("Emperor", StringComparison.Ordinal) || office.Contains("Monarch", StringComparison.Ordinal)
            || office.Contains("Grand Duke", StringComparison.Ordinal) || office.Contains("Governor-General", StringComparison.Ordinal));
    }

    private static int ScanName(Doc doc, int start, int limit)
    {
        var sentence = doc.SentenceOfToken(Math.Max(0, start - 1));
        var sentenceEnd = sentence >= 0 ? doc.Sentence(sentence).EndToken : doc.TokenCount;
        var end = start;
        var words = 0;
        for (var i = start; i < Math.Min(limit, sentenceEnd) && words < 4; i++)
        {
            var t = doc.Token(i);
            if (t.Kind == TokenKind.Word && t.IsCapitalized && !t.Text.EndsWith('.')) { end = i + 1; words++; }
            else if (t.Kind == TokenKind.Word && NameParticles.Contains(t.Norm) && words > 0) continue;
            else if (t.Kind == TokenKind.Word && t.Text.Length == 2 && t.Text[1] == '.' && char.IsUpper(t.Text[0])) continue;
            else break;
        }
        return end;
    }

    // "residents of Lafayette", "north of Baghdad": "of" after a common noun introduces a place.
    private static bool IsOfPlace(Doc doc, int start) =>
        start >= 2 && doc.Token(start - 1).Norm == "of" && doc.Token(start - 2).Kind == TokenKind.Word && !doc.Token(start - 2).IsCapitalized;

    // People the knowledge base does not hold: a found name stands where no other mention does, or where
    // only a lone place name was read ("Lawson" of "Nigel Lawson" is no town here).
    private void AddFoundPeople(DocContext ctx, List<FoundName> names, List<EntityMention> mentions)
    {
        if (names.Count == 0) return;
        var doc = ctx.Doc;
        var at = RentTokenTable(doc);
        for (var m = 0; m < mentions.Count; m++)
            for (var i = mentions[m].FirstToken; i < mentions[m].EndToken; i++) at[i] = m;
        // Most found names replace no mention: made on the first that does.
        HashSet<int>? replaced = null;
        foreach (var n in names)
        {
            var free = true;
            for (var i = n.Start; i < n.End && free; i++)
            {
                if (at[i] < 0) continue;
                var other = mentions[at[i]];
                free = other.Type == EntityType.Place && other.Rule == "gazetteer:place" && other.EndToken - other.FirstToken == 1;
            }
            if (!free) continue;
            for (var i = n.Start; i < n.End; i++)
                if (at[i] >= 0) (replaced ??= []).Add(at[i]);
            mentions.Add(FoundPersonMention(ctx, n, mentions));
        }
        ReturnTokenTable(at);
        if (replaced is null) return;
        var kept = 0;
        for (var m = 0; m < mentions.Count; m++)
            if (!replaced.Contains(m)) mentions[kept++] = mentions[m];
        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    // The rule of a person found by the evidence around the name: one string for each kind of evidence, not one per name.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> FoundNameRules = new(StringComparer.Ordinal);

    // "Mr Blair" is the Tony Blair named before; a full name found is a person of its own.
    private EntityMention FoundPersonMention(DocContext ctx, FoundName n, List<EntityMention> mentions)
    {
        var doc = ctx.Doc;
        var rule = FoundNameRules.GetOrAdd(n.Evidence, static evidence => "name:" + evidence);
        if (n.End - n.Start == 1)
        {
            var key = DiacriticFolding.Fold(doc.Token(n.Start).Norm);
            if (ctx.Surnames.TryGetValue(key, out var known)) return PersonMention(ctx, n.Start, n.End, known.Id, known.Name, rule);
            foreach (var m in mentions)
            {
                if (m is { Type: EntityType.Person, KbId: null, Name: { } full } && m.FirstToken < n.Start && m.EndToken - m.FirstToken > 1
                    && DiacriticFolding.Fold(doc.Token(m.EndToken - 1).Norm) == key)
                    return Mention(doc, n.Start, n.End, EntityType.Person, null, full, m.Actor, m.Country, rule);
            }
        }
        var name = doc.Text[doc.Token(n.Start).Start..doc.Token(n.End - 1).End];
        var actor = n.Country is { } country && n.Sector is { } sector ? Cameo(country) + sector : null;
        return Mention(doc, n.Start, n.End, EntityType.Person, null, name, actor, n.Country, rule);
    }

    private void AddSurnameMentions(Doc doc, DocContext ctx, List<EntityMention> mentions, TokenCapitals capitals)
    {
        // People named in full whom the knowledge base does not hold are named by surname alone later on.
        // Made for the first person named in full whom the knowledge base does not hold: an article may name none.
        Dictionary<string, EntityMention>? unlinked = null;
        foreach (var m in mentions)
        {
            if (m is { Type: EntityType.Person, KbId: null, Name.Length: >= 3 })
                (unlinked ??= new(StringComparer.Ordinal)).TryAdd(DocContext.SurnameKey(doc.Token(m.EndToken - 1).Text), m);
        }
        var at = RentTokenTable(doc);
        for (var m = 0; m < mentions.Count; m++)
            for (var i = mentions[m].FirstToken; i < mentions[m].EndToken; i++) at[i] = m;
        for (var i = 0; i < doc.TokenCount; i++)
        {
            if (at[i] >= 0 || !capitals.IsCapitalizedWord(i)) continue;
            var t = doc.Token(i);
            if (IsCalendarWord(t.Norm)) continue;
            // Folding changes no ASCII word, and most are.
            var key = System.Text.Ascii.IsValid(t.Norm) ? t.Norm : DiacriticFolding.Fold(t.Norm);
            // Most articles name few people: an empty table, or a word shorter than any leader's surname, is not looked up.
            if (ctx.Surnames.Count > 0 && ctx.Surnames.TryGetValue(key, out var person))
            {
                mentions.Add(PersonMention(ctx, i, i + 1, person.Id, person.Name, "surname"));
            }
            else if (unlinked is not null && unlinked.TryGetValue(key, out var named) && named.FirstToken < i && StandsAlone(doc, i))
            {
                mentions.Add(Mention(doc, i, i + 1, EntityType.Person, null, named.Name, named.Actor, named.Country, "surname"));
            }
            else if (_options.LinkLeaderSurnames && key.Length >= MinLeaderSurnameLength && _leaderSurnameSieve.MayContain(key) && _leaderSurnames.TryGetValue(key, out var leader) && StandsAlone(doc, i))
            {
                mentions.Add(PersonMention(ctx, i, i + 1, leader.Id, leader.Name, "leader-surname"));
            }
        }
        ReturnTokenTable(at);
    }

    // A lone surname: no capitalised word joined to it on either side that would make it another person's name.
    private static bool StandsAlone(Doc doc, int i)
    {
        var sentence = doc.Sentence(doc.SentenceOfToken(i));
        bool IsNamePart(int j) => j >= sentence.FirstToken && j < sentence.EndToken && doc.Token(j).Kind == TokenKind.Word && doc.Token(j).IsCapitalized;
        return !IsNamePart(i - 1) && !IsNamePart(i + 1);
    }

    private EntityMention PersonMention(DocContext ctx, int start, int end, string personId, string name, string rule, string? namedState = null)
    {
        var person = _kb.GetPerson(personId);
        string? country = null, actor = null;
        if (person is not null)
        {
            ctx.Remember(person);
            var position = person.PrincipalPosition(ctx.Date, namedState);
            country = position?.Iso3;
            // In office that day (or undated): the government; out of office: the country's elite.
            var sector = ctx.Date is not { } date || position?.IsHeldOn(date) == true ? "GOV" : "ELI";
            actor = country is null ? null : Cameo(country) + sector;
        }
        return Mention(ctx.Doc, start, end, EntityType.Person, personId, name, actor, country, rule);
    }

    private static Dictionary<string, Person> UniqueSurnames(KnowledgeBase kb)
    {
        var counts = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        foreach (var p in kb.People)
        {
            var parts = p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) continue;
            var surname = DocContext.SurnameKey(parts[^1]);
            if (surname.Length < MinLeaderSurnameLength) continue;
            if (!counts.TryGetValue(surname, out var list)) counts[surname] = list = [];
            list.Add(p);
        }
        // A surname that is also a state, place or organisation name is not a safe link.
        var names = kb.States.SelectMany(s => s.Aliases.Append(s.Name).Concat(s.Adjectives))
            .Concat(kb.Places.Select(p => p.Name))
            .Select(DocContext.SurnameKey)
            .ToHashSet(StringComparer.Ordinal);
        return counts.Where(kv => kv.Value.Count == 1 && !names.Contains(kv.Key))
            .ToDictionary(kv => kv.Key, kv => kv.Value[0], StringComparer.Ordinal);
    }

    // A shorter surname alone ("Li", "Ali") names too many people to link.
    private const int MinLeaderSurnameLength = 4;
}
