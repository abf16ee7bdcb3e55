using Annals.Knowledge;
using Annals.Pipeline;
using Annals.Text;
using Annals.Text.Tokenization;
using NodaTime;

namespace Annals.Understanding.Entities;

/// <summary>
/// Finds people, states, organisations, places and generic groups, and links them to the knowledge
/// base on the article's date.
/// </summary>
/// <remarks>
/// <para>Works in passes over each sentence: longest gazetteer matches; then phrases built around
/// them — a state adjective or possessive before a title or group ("Russian President Vladimir
/// Putin", "Israel's prime minister", "Kyrgyz police"); capitals read as places after a locative
/// preposition ("in Moscow") and as their government otherwise ("Moscow rejected"); then people the
/// knowledge base does not hold, by the evidence around their names (<see cref="PersonNameFinder"/>);
/// then surnames of people already named, and lone surnames of leaders the knowledge base knows.</para>
/// <para>A role without a name ("the Russian president") resolves to the office holder on the
/// publication date; for an undated article, to a person the article names who held that office.</para>
/// Thread-safe: built once, state per document lives on the document.
/// </remarks>
public sealed class EntityRecognizerComponent : IPipelineComponent
{
    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal)
    {
        "in", "at", "to", "from", "near", "outside", "into", "across", "around", "toward", "towards", "via",
        "throughout", "inside", "within", "through", "arrived", "landed", "visited", "visiting", "visit", "reached",
    };

    // Points of the compass and words for a town in general: alone they name a part of whatever place the text is
    // about ("Northwest 34th Street", "the City Council"), never the region of some country GeoNames files under them.
    private static readonly HashSet<string> GenericPlaceWords = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central", "city", "metro",
    };

    // Capitalised words that are dates, not people: "Friday" is no leader's surname here.
    internal static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "spring", "summer", "autumn", "winter", "christmas", "easter", "ramadan",
    };

    // Head words of organisation names the knowledge base does not hold, with the CAMEO sector they imply.
    internal static readonly Dictionary<string, string> OrganizationHeads = new(StringComparer.Ordinal)
    {
        ["forces"] = "MIL", ["army"] = "MIL", ["guard"] = "MIL", ["brigade"] = "MIL", ["brigades"] = "MIL", ["militia"] = "REB",
        ["front"] = "REB", ["movement"] = "", ["party"] = "PTY", ["council"] = "", ["committee"] = "", ["commission"] = "",
        ["union"] = "", ["ministry"] = "GOV", ["agency"] = "", ["bank"] = "BUS", ["court"] = "JUD", ["tribunal"] = "JUD",
        ["organization"] = "", ["organisation"] = "", ["association"] = "", ["alliance"] = "", ["coalition"] = "", ["federation"] = "",
        ["institute"] = "", ["university"] = "EDU", ["company"] = "BUS", ["corporation"] = "BUS", ["group"] = "", ["network"] = "",
        ["foundation"] = "NGO", ["watch"] = "NGO", ["fund"] = "", ["police"] = "COP", ["service"] = "", ["office"] = "GOV",
        ["parliament"] = "LEG", ["assembly"] = "LEG", ["congress"] = "LEG", ["senate"] = "LEG",
    };

    // Words after a place name that make it a place: "Lafayette police", "Baghdad residents".
    private static readonly HashSet<string> PlaceHeadNouns = new(StringComparer.Ordinal)
    {
        "police", "residents", "resident", "officials", "area", "native", "natives", "man", "woman", "boy", "girl", "county", "city",
        "mayor", "council", "school", "schools", "streets", "neighborhood", "neighbourhood", "community", "authorities", "homeowners",
        "voters", "firefighters", "deputies", "district", "suburb", "suburbs", "region", "province", "airport", "hospital", "area's", "-based",
        "driver", "drivers", "teen", "teens", "teenager", "couple", "family", "families", "students", "officers", "businesses",
    };

    // Capitalised words after a place that name a local body it still places: "Lafayette Police", "Harris County".
    private static readonly HashSet<string> LocalBodyWords = new(StringComparer.Ordinal)
    {
        "police", "sheriff", "sheriff's", "county", "parish", "city", "department", "school", "schools", "council", "board", "fire",
        "hospital", "high", "township", "borough", "district", "municipal", "regional", "airport", "port", "mayor",
        "center", "centre", "park", "library", "museum", "society", "bureau", "club", "church", "college", "zoo", "recreation",
        "courthouse", "jail", "chamber", "historical", "convention",
        "community", "civic", "public", "senior", "seniors", "volunteer", "rescue", "food", "area", "youth", "boys", "girls", "elks", "rotary",
        "medical", "health", "festival", "circuit",
        // "a Kettering Republican", "the Manhattan Democrat": a legislator is named by the place he represents.
        "republican", "democrat",
    };

    // Last words of the names of rivers, lakes and landforms, which counties are often named after.
    private static readonly HashSet<string> NaturalFeatures = new(StringComparer.Ordinal)
    {
        "river", "lake", "creek", "bay", "valley", "mountain", "mountains", "island", "islands",
    };

    // Words after a name that make it a street's: "Wichita Drive" is no mention of Wichita.
    private static readonly HashSet<string> Thoroughfares = new(StringComparer.Ordinal)
    {
        "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "drive", "dr.", "boulevard", "blvd", "blvd.", "lane", "ln",
        "way", "highway", "hwy", "parkway", "pkwy", "court", "ct", "ct.", "place", "circle", "terrace", "trail", "pike", "route", "square",
    };

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal) { "said", "says", "told", "added", "noted" };

    // Words that open a sentence capitalised without being anyone's name: "Three Philadelphia officers".
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "several", "many", "some", "most", "both",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "al", "al-", "bin", "ibn", "de", "da", "di", "van", "von", "der", "del", "la", "le",
    };

    private readonly KnowledgeBase _kb;
    private readonly Gazetteer _gazetteer;
    private readonly EntityOptions _options;
    private readonly Dictionary<string, Person> _leaderSurnames;
    private readonly IReadOnlySet<string> _commonWords;
    private readonly PersonNameFinder _personNames;
    private readonly Lazy<VillageIndex> _villages;

    /// <summary>Builds the recogniser's gazetteer from the knowledge base.</summary>
    public EntityRecognizerComponent(KnowledgeBase kb, EntityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(kb);
        _kb = kb;
        _options = options ?? new EntityOptions();
        _gazetteer = Gazetteer.Build(kb, ActorLexicon.LoadEmbedded(), _options.ActorDictionaries, _options.AgentDictionaries);
        _leaderSurnames = UniqueSurnames(kb);
        _commonWords = CommonWords.LoadEmbedded();
        _personNames = PersonNameFinder.Build(kb, _commonWords);
        // Read on the first document: most of a start-up's memory would otherwise go to villages it may never need.
        _villages = new Lazy<VillageIndex>(() => VillageIndex.Build(kb.Villages));
    }

    /// <inheritdoc />
    public ComponentInfo Info { get; } = new("entities.gazetteer.v1", Annotations.Tokens | Annotations.Sentences, Annotations.Entities | Annotations.Places);

    /// <inheritdoc />
    public void Process(Doc doc)
    {
        var candidates = FindCandidates(doc);
        AddUnlinkedOrganizations(doc, candidates);
        AddHyphenatedPlaces(doc, candidates);
        ReadCountyLists(doc, candidates);
        var context = new DocContext(doc, doc.Article.Published?.Date, candidates)
        {
            Dateline = Dateline(doc),
            Coherence = new PlaceCoherence(doc, candidates, k => SpeaksForPlace(doc, candidates, k)),
        };
        var owner = OwnerOfTokens(doc, candidates);
        var names = _personNames.Find(doc, candidates, owner);
        // An honorific is written capitalised: "to miss Rochester" is a verb before a town.
        names.RemoveAll(n => n.Evidence == "honorific" && n.Start > 0 && doc.Token(n.Start - 1) is { Kind: TokenKind.Word, IsCapitalized: false });
        // A word of a person's name is no place later in the article: "James Baker ... Baker said".
        foreach (var n in names)
            if (n.End - n.Start > 1) context.PersonNameParts.Add(doc.Token(n.End - 1).Norm);
        var mentions = new List<EntityMention>();
        var unread = new List<int>();
        for (var k = 0; k < candidates.Count; k++)
        {
            var before = mentions.Count;
            var last = Interpret(context, candidates, k, mentions);
            if (last == k && mentions.Count == before) unread.Add(k);
            k = last;
        }
        ReadVillages(context, candidates, unread, mentions);
        AddPlacesNamedAgain(context, candidates, unread, mentions);
        PlaceAgainBesideAll(context, candidates, mentions);
        ReadBareCounties(context, names, mentions);
        AddFoundPeople(context, names, mentions);
        AddSurnameMentions(doc, context, mentions);
        mentions.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        doc.Entities.AddRange(mentions);
    }

    // "Barrow and Gwinnett counties", "Orleans, Jefferson and St. Bernard parishes": each name listed before the
    // plural names a county (held as "<name> County"), not the town of that name, and is one even when no town is.
    private void ReadCountyLists(Doc doc, List<Candidate> candidates)
    {
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
        if (counties.Count == 0 && end - start > 1 && OpensSentence(doc, start))
        {
            start++;
            counties = _gazetteer.WithHead(doc, start, end, head);
        }
        if (counties.Count == 0) return;
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
    private void ReadBareCounties(DocContext ctx, List<FoundName> names, List<EntityMention> mentions)
    {
        if (ctx.Resolved.Count == 0) return;
        var doc = ctx.Doc;
        var at = new int[doc.TokenCount];
        Array.Fill(at, -1);
        for (var m = 0; m < mentions.Count; m++)
            for (var i = mentions[m].FirstToken; i < mentions[m].EndToken; i++) at[i] = m;
        foreach (var n in names)
            for (var i = n.Start; i < n.End; i++) at[i] = -2;
        foreach (var sentence in doc.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (at[i] < -1 || !IsCapitalizedName(doc.Token(i))) continue;
                // "Michael Clarke": a capitalised word before it makes it part of a longer name ("While Clarke" does not).
                if (i > sentence.FirstToken && IsCapitalizedName(doc.Token(i - 1))
                    && !(i - 1 == sentence.FirstToken && _commonWords.Contains(doc.Token(i - 1).Norm))) continue;
                var (end, county) = BareCounty(ctx, i, sentence.EndToken, at, mentions);
                if (county is null) continue;
                var replaced = at[i] >= 0 ? mentions[at[i]] : null;
                ctx.Resolved[doc.Text[doc.Token(i).Start..doc.Token(end - 1).End]] = county;
                var mention = Mention(doc, i, end, EntityType.Place, county.Id, county.Name, county.Country is { } iso3 ? Cameo(iso3) : null, county.Country, "county-without-head") with { Lat = county.Lat, Lon = county.Lon };
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
            var counties = _gazetteer.WithHead(doc, start, end, "county");
            if (counties.Count == 0) counties = _gazetteer.WithHead(doc, start, end, "parish");
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
        return IsCapitalizedName(doc.Token(end + 1)) && (_gazetteer.WithHead(doc, end + 1, end + 2, "county").Count > 0 || _gazetteer.WithHead(doc, end + 1, end + 2, "parish").Count > 0);
    }

    private static bool IsCountyMention(DocContext ctx, EntityMention m) =>
        m.Type == EntityType.Place && ctx.Resolved.TryGetValue(m.Text, out var e) && e is { Kind: EntryKind.AdminDivision, Level: 2 };

    private List<Candidate> FindCandidates(Doc doc)
    {
        // News has about one gazetteer match in eight tokens: sized once instead of grown.
        var found = new List<Candidate>(Math.Max(16, doc.TokenCount / 8));
        foreach (var sentence in doc.Sentences)
        {
            var end = sentence.EndToken;
            for (var i = sentence.FirstToken; i < end;)
            {
                var (matchEnd, match) = _gazetteer.Longest(doc, i, end);
                if (match is not null)
                {
                    found.Add(new Candidate(i, matchEnd, match));
                    i = matchEnd;
                }
                else
                {
                    i++;
                }
            }
        }
        return found;
    }

    /// <summary>Turns the candidate at <paramref name="k"/> (and any it combines with) into mentions; returns the last candidate index used.</summary>
    private int Interpret(DocContext ctx, List<Candidate> candidates, int k, List<EntityMention> mentions)
    {
        var doc = ctx.Doc;
        var c = candidates[k];
        if (c.Part is not null)
        {
            InterpretPart(ctx, candidates, k, mentions);
            return k;
        }
        var next = k + 1 < candidates.Count ? candidates[k + 1] : null;

        // A state before a title or group: "Russian President ...", "Israel's prime minister", "Kyrgyz police".
        var state = c.First(EntryKind.StateAdjective) ?? c.First(EntryKind.StateName) ?? c.First(EntryKind.Capital);
        if (state is not null && next is not null && !c.Has(EntryKind.Person) && !c.Has(EntryKind.Organization))
        {
            var gap = next.Start - c.End;
            var possessive = gap == 1 && doc.Token(c.End).Kind == TokenKind.Clitic && doc.Token(c.End).Norm == "'s";
            var adjectival = gap == 0 && c.Has(EntryKind.StateAdjective);
            var nominal = gap == 0 && c.Has(EntryKind.StateName);
            if ((possessive || adjectival || nominal) && SameSentence(doc, c.Start, next.Start))
            {
                if (nominal && next.Has(EntryKind.Group) && HomeNamesakeOfState(ctx, candidates, k, state, LocalBodyWords.Contains(doc.Token(next.Start).Norm)) is { } home)
                {
                    mentions.Add(PlaceMention(ctx, c, home, "gazetteer:place"));
                    return k;
                }
                if (next.First(EntryKind.Title) is { } title)
                    return InterpretTitle(ctx, candidates, k + 1, title, state.Country, c.Start, mentions);
                if (next.First(EntryKind.Group) is { } group)
                {
                    // "Russian government forces": the last group word names who acts.
                    var last = k + 1;
                    if (last + 1 < candidates.Count && candidates[last + 1].Start == next.End && candidates[last + 1].First(EntryKind.Group) is { } head)
                    {
                        group = head;
                        last++;
                    }
                    mentions.Add(Mention(doc, c.Start, candidates[last].End, EntityType.Group, null, group.Name, Cameo(state.Country) + group.Actor, state.Country, "group+country"));
                    return last;
                }
            }
        }

        if (c.First(EntryKind.Title) is { } lone)
            return InterpretTitle(ctx, candidates, k, lone, null, c.Start, mentions);

        // "BISHKEK, Oct 12 —": the dateline names where the report was filed.
        if (ctx.InDateline(c) && !c.Has(EntryKind.StateName) && BestPlace(ctx, candidates, k) is { } filedFrom)
        {
            mentions.Add(PlaceMention(ctx, c, filedFrom, "dateline"));
            return k;
        }

        // "the Rome Statute", "the Moscow Times": a capital or state name that opens a longer name names neither.
        var opensLocalBody = false;
        if ((c.Has(EntryKind.Capital) || c.Has(EntryKind.StateName) || c.Has(EntryKind.Place) || c.Has(EntryKind.AdminDivision)) && OpensLongerName(doc, c, next))
        {
            // "Harris County Sheriff's Office", "Lafayette Police", "Dublin Community Recreation Center": a place
            // still opens the name of a local body or building.
            opensLocalBody = OpensLocalBodyName(doc, c);
            if (opensLocalBody && c.First(EntryKind.StateName) is { } named)
            {
                if (HomeNamesakeOfState(ctx, candidates, k, named, townsToo: true) is { } town)
                {
                    mentions.Add(PlaceMention(ctx, c, town, "gazetteer:place"));
                    return k;
                }
                opensLocalBody = false;
            }
            var local = opensLocalBody || OpensDivisionBody(ctx, candidates, k) || (!c.Has(EntryKind.Capital) && !c.Has(EntryKind.StateName) && c.End - c.Start > 1);
            if (!local)
            {
                if (OpensStateBody(ctx, candidates, k) is { } body) mentions.Add(body);
                return k;
            }
        }

        if (c.First(EntryKind.UserActor) is { UserActor: { } user })
        {
            // The knowledge base holds no such name (else the dictionary's phrase was not added): the user's codes apply.
            var code = user.CodeOn(ctx.Date);
            var country = code is { Length: >= 3 } && _kb.FindState(code[..3]) is { } coded ? coded.Iso3 : null;
            mentions.Add(Mention(doc, c.Start, c.End, user.IsPerson ? EntityType.Person : EntityType.Organization, null, user.Name, code, country, "user-actors:" + user.Provenance));
            return k;
        }

        if (c.First(EntryKind.UnlinkedOrganization) is { } unlinked)
        {
            mentions.Add(Mention(doc, c.Start, c.End, EntityType.Organization, null, unlinked.Name, unlinked.Actor, unlinked.Country, "name:organization"));
            return k;
        }

        if (c.First(EntryKind.Person) is { } person)
        {
            mentions.Add(PersonMention(ctx, c.Start, c.End, person.Id, person.Name, "gazetteer:person"));
        }
        else if (c.First(EntryKind.Organization) is { } org)
        {
            mentions.Add(Mention(doc, c.Start, c.End, EntityType.Organization, org.Id, org.Name, org.Actor, null, "gazetteer:organization"));
        }
        else if (c.First(EntryKind.SeatOfPower) is { } seat)
        {
            mentions.Add(Mention(doc, c.Start, c.End, EntityType.State, seat.Id, seat.Name, seat.Actor, seat.Country, "gazetteer:seat-of-power") with { Lat = seat.Lat, Lon = seat.Lon });
        }
        else if (c.First(EntryKind.StateName) is { } stateName && !NamesAdminDivisionHere(ctx, candidates, k, stateName))
        {
            mentions.Add(Mention(doc, c.Start, c.End, EntityType.State, stateName.Id, stateName.Name, stateName.Actor, stateName.Country, "gazetteer:state") with { Lat = stateName.Lat, Lon = stateName.Lon });
        }
        else if (c.First(EntryKind.Capital) is { } capital && !opensLocalBody && !IsLocative(doc, c.Start) && QualifierOf(ctx.Doc, candidates, k) is null
                 && !NamesAdminDivisionHere(ctx, candidates, k, capital) && !HasLocalNamesake(ctx, c, capital)
                 && (ctx.IsStatedOtherwise(capital.Country!, c.TextIn(doc)) || ctx.HomeCountry is null || ctx.HomeCountry == capital.Country))
        {
            mentions.Add(Mention(doc, c.Start, c.End, EntityType.State, capital.Id, capital.Name, capital.Actor, capital.Country, "gazetteer:capital-metonym") with { Lat = capital.Lat, Lon = capital.Lon });
        }
        else if (IsPlausiblePlace(ctx, candidates, k) && BestPlace(ctx, candidates, k) is { } place)
        {
            mentions.Add(PlaceMention(ctx, c, place, "gazetteer:place"));
        }
        else if (c.First(EntryKind.Region) is { } region)
        {
            mentions.Add(Mention(doc, c.Start, c.End, EntityType.Place, region.Id, region.Name, null, null, "gazetteer:region") with { Lat = region.Lat, Lon = region.Lon });
        }
        else if (c.First(EntryKind.StateAdjective) is { } adjective)
        {
            mentions.Add(Mention(doc, c.Start, c.End, EntityType.State, adjective.Id, adjective.Name, adjective.Actor, adjective.Country, "gazetteer:state-adjective") with { Lat = adjective.Lat, Lon = adjective.Lon });
        }
        else if (c.First(EntryKind.Group) is { } group)
        {
            // "government forces", "opposition activists": the last group word names who acts.
            if (next is not null && next.Start == c.End && next.First(EntryKind.Group) is { } head)
            {
                mentions.Add(Mention(doc, c.Start, next.End, EntityType.Group, null, head.Name, head.Actor, null, "group+group"));
                return k + 1;
            }
            mentions.Add(Mention(doc, c.Start, c.End, EntityType.Group, null, group.Name, group.Actor, null, "gazetteer:group"));
        }
        return k;
    }

    /// <summary>
    /// Villages below cities1000 are read last, where the article's other places point to one: a name no candidate
    /// holds, or one left unread, that is also a village in a county another name shares or near a place already
    /// placed. Kept out of the gazetteer's matches, they cost the names no village is read for nothing but a lookup.
    /// </summary>
    private void ReadVillages(DocContext ctx, List<Candidate> candidates, List<int> unread, List<EntityMention> mentions)
    {
        var doc = ctx.Doc;
        var villages = _villages.Value;
        var left = new HashSet<Candidate>(unread.Count, ReferenceEqualityComparer.Instance);
        foreach (var k in unread) left.Add(candidates[k]);
        var p = 0;
        foreach (var sentence in doc.Sentences)
        {
            var end = sentence.EndToken;
            for (var i = sentence.FirstToken; i < end;)
            {
                while (p < candidates.Count && candidates[p].End <= i) p++;
                var cover = p < candidates.Count && candidates[p].Start <= i ? candidates[p] : null;
                var open = cover is null || (cover.Start == i && cover.Part is null && left.Contains(cover));
                var (villageEnd, found) = open ? villages.Longest(doc, i, end) : (i, []);
                var after = p + (cover is null ? 0 : 1);
                var fits = found.Count > 0 && (cover is null || villageEnd >= cover.End) && (after >= candidates.Count || candidates[after].Start >= villageEnd);
                if (!fits || !PointedTo(ctx, doc.Text[doc.Token(i).Start..doc.Token(villageEnd - 1).End], found))
                {
                    i = cover?.End ?? i + 1;
                    continue;
                }
                // A longer village name takes the tokens from a shorter name, as the longest match does.
                var village = new Candidate(i, villageEnd, cover is not null && cover.End == villageEnd ? [.. cover.Entries, .. found] : found);
                if (cover is null)
                {
                    candidates.Insert(p, village);
                }
                else
                {
                    left.Remove(cover);
                    candidates[p] = village;
                }
                var before = mentions.Count;
                Interpret(ctx, candidates, p, mentions);
                if (mentions.Count == before) left.Add(village);
                i = villageEnd;
            }
        }
        unread.Clear();
        for (var k = 0; k < candidates.Count; k++)
            if (left.Contains(candidates[k])) unread.Add(k);
    }

    private static bool PointedTo(DocContext ctx, string name, IReadOnlyList<GazetteerEntry> villages)
    {
        foreach (var e in villages)
            if (IsReadingHere(ctx, name, e)) return true;
        return false;
    }

    /// <summary>
    /// One sense per article: a name left unread for want of evidence where it stood ("Decatur lights up
    /// downtown" in a headline, "the Mansfield Public Safety Building") is the place the article placed by
    /// that name elsewhere. Not when it is part of a person's name here, nor a capital opening a longer
    /// name ("the Moscow Times").
    /// </summary>
    private void AddPlacesNamedAgain(DocContext ctx, List<Candidate> candidates, List<int> unread, List<EntityMention> mentions)
    {
        if (ctx.Resolved.Count == 0) return;
        var doc = ctx.Doc;
        foreach (var k in unread)
        {
            var c = candidates[k];
            if (!ctx.Resolved.TryGetValue(c.TextIn(doc), out var place) || !c.Entries.Contains(place)) continue;
            if (c.Has(EntryKind.Person) || c.Has(EntryKind.Organization) || c.Has(EntryKind.UnlinkedOrganization)) continue;
            if (c.End - c.Start == 1 && IsCommonOrPersonWord(ctx, doc.Token(c.Start).Norm)) continue;
            if (FollowsNameWord(doc, candidates, k) || (c.End < doc.TokenCount && SpeechVerbs.Contains(doc.Token(c.End).Norm))) continue;
            if (c.End < doc.TokenCount && doc.Token(c.End).IsCapitalized && Thoroughfares.Contains(doc.Token(c.End).Norm)) continue;
            if (c.Has(EntryKind.Capital) && OpensLongerName(doc, c, k + 1 < candidates.Count ? candidates[k + 1] : null)) continue;
            mentions.Add(PlaceMention(ctx, c, place, "gazetteer:place"));
        }
    }

    private bool IsCommonOrPersonWord(DocContext ctx, string norm) =>
        _commonWords.Contains(norm) || CalendarWords.Contains(norm) || ctx.PersonNameParts.Contains(norm);

    // A name that may place the article: not a person's or organisation's, a month or a common word.
    private bool SpeaksForPlace(Doc doc, List<Candidate> candidates, int k)
    {
        var c = candidates[k];
        if (c.Has(EntryKind.Person) || c.Has(EntryKind.Organization) || FollowsNameWord(doc, candidates, k)) return false;
        if (c.End - c.Start > 1) return true;
        var norm = doc.Token(c.Start).Norm;
        return !CalendarWords.Contains(norm) && !_commonWords.Contains(norm);
    }

    private static bool OpensLongerName(Doc doc, Candidate c, Candidate? next)
    {
        if (c.End >= doc.TokenCount || (next is not null && next.Start == c.End)) return false;
        var sentence = doc.SentenceOfToken(c.Start);
        if (doc.SentenceOfToken(c.End) != sentence) return false;
        var following = doc.Token(c.End);
        return following.Kind == TokenKind.Word && following.IsCapitalized && !CalendarWords.Contains(following.Norm);
    }

    // The capitalised words after a place name a local body or building: "Lafayette Police", "Dublin Veterans Park".
    // Buildings are named after people too ("Kennedy Elementary School"): past the first word, only a name that
    // is surely a place (a city, a capital, a name of several words) is read as one.
    private bool OpensLocalBodyName(Doc doc, Candidate c)
    {
        // "the City Council", "University Medical Center": a common word opening a name is part of it.
        if (c.End - c.Start == 1 && _commonWords.Contains(doc.Token(c.Start).Norm)) return false;
        var sentenceEnd = doc.Sentence(doc.SentenceOfToken(c.Start)).EndToken;
        var reach = c.End - c.Start > 1 || c.Has(EntryKind.Capital) || c.Entries.Any(e => e.Kind == EntryKind.Place && e.Population >= 100_000) ? 4 : 1;
        for (var i = c.End; i < Math.Min(sentenceEnd, c.End + reach); i++)
        {
            var t = doc.Token(i);
            if (t.Kind != TokenKind.Word || !t.IsCapitalized) return false;
            if (LocalBodyWords.Contains(t.Norm)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Lebanon Police", "Palestine police", "Jordan Elementary": in a local paper of another country, a state's
    /// name opening a local body's is the home town of that name, unless the article speaks of the state by
    /// another name too ("Lebanese", "Beirut").
    /// </summary>
    private static GazetteerEntry? HomeNamesakeOfState(DocContext ctx, List<Candidate> candidates, int k, GazetteerEntry state, bool townsToo)
    {
        var c = candidates[k];
        if (ctx.HomeCountry is not { } home || home == state.Country || state.Kind != EntryKind.StateName) return null;
        if (ctx.IsStatedOtherwise(state.Country!, c.TextIn(ctx.Doc)) || !c.Entries.Any(e => e.Country == home && IsHomeNamesake(e, townsToo))) return null;
        return BestPlace(ctx, candidates, k) is { } place && place.Country == home && IsHomeNamesake(place, townsToo) ? place : null;
    }

    // A first-level division of the home country bears any group ("Georgia officials", "Georgia lawmakers"); a town
    // only a local body ("Lebanon Police").
    private static bool IsHomeNamesake(GazetteerEntry e, bool townsToo) =>
        e.Kind == EntryKind.AdminDivision && e.Level == 1 || townsToo && e.Kind == EntryKind.Place;

    // "Minnesota State Patrol", "Florida Highway Patrol", "Georgia Bureau of Investigation": a state or province
    // opens the names of its own bodies, and still names where they are. A capital opening a name ("the Moscow
    // Times") and a country's name do not count: the one is a newspaper as often as a body, the other rarely local.
    /// <summary>
    /// "the U.S. Department of Education", "U.S. Agriculture Secretary Mike Johanns": a state's name opening
    /// a longer name still names the state. Only an abbreviation ("U.S.", "UK") or a state the article names
    /// elsewhere too: "Chad" opening "Chad Johnson" alone is a first name.
    /// </summary>
    private EntityMention? OpensStateBody(DocContext ctx, List<Candidate> candidates, int k)
    {
        var c = candidates[k];
        if (c.First(EntryKind.StateName) is not { } state || c.Has(EntryKind.Capital) || c.Has(EntryKind.Person) || c.Has(EntryKind.Organization)) return null;
        if (NamesAdminDivisionHere(ctx, candidates, k, state)) return null;
        if (c.End < ctx.Doc.TokenCount && Thoroughfares.Contains(ctx.Doc.Token(c.End).Norm)) return null;
        var surface = c.TextIn(ctx.Doc);
        // "U.S.", "UK", "UAE"; a name in capitals ("BY CHAD KLIMACK") is no abbreviation.
        var abbreviation = surface.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)) && surface.Count(char.IsLetter) <= 3;
        if (!abbreviation && ctx.StateMentions(state.Country!) < 2) return null;
        return Mention(ctx.Doc, c.Start, c.End, EntityType.State, state.Id, state.Name, state.Actor, state.Country, "gazetteer:state") with { Lat = state.Lat, Lon = state.Lon };
    }

    // Only a division of a country the article is about counts, and not one named by a common word ("Gulf
    // War", "Federal Highway", "Delta Air Lines") or a street ("Washington Drive").
    private bool OpensDivisionBody(DocContext ctx, List<Candidate> candidates, int k)
    {
        var c = candidates[k];
        var doc = ctx.Doc;
        if (c.Has(EntryKind.Capital) || Thoroughfares.Contains(doc.Token(c.End).Norm)) return false;
        if (c.End - c.Start == 1 && IsCommonOrPersonWord(ctx, doc.Token(c.Start).Norm)) return false;
        var local = c.Entries.Any(e => e is { Kind: EntryKind.AdminDivision, Level: 1, Country: { } country }
            && (country == ctx.HomeCountry || ctx.Countries.Contains(country) || ctx.Admin1s.Contains(e.Id)));
        return local && (c.First(EntryKind.StateName) is not { } state || NamesAdminDivisionHere(ctx, candidates, k, state));
    }

    // The all-capital place of a dateline, before its comma or dash: "NEW DELHI, Aug 19 —". It opens the
    // text, or follows a headline or byline at the top of it ("Council backs budget. MANSFIELD — The ...",
    // "By Ann Lee, March 24, 2009 MANSFIELD -- ...").
    private static (int Start, int End) Dateline(Doc doc)
    {
        const int Top = 80;
        var limit = Math.Min(doc.TokenCount, Top);
        for (var start = 0; start < limit; start++)
        {
            if (start > 0 && !OpensSentence(doc, start) && doc.Token(start - 1).Kind != TokenKind.Number) continue;
            var end = start;
            while (end < limit && end - start < 4 && IsAllCapitals(doc.Token(end))) end++;
            if (end == start || end >= doc.TokenCount) continue;
            // Past the opening, only a dash marks a dateline: "CHINA, JAPAN AGREE ON RICE" is a headline.
            var mark = doc.Token(end).Text;
            if (mark is "—" or "–" or "-" or "--" || (start == 0 && mark is "," or "(")) return (start, end);
        }
        return (0, 0);
    }

    // A headline in title case: every word of four letters or more capitalised, and at least three of them.
    private static bool IsTitleCase(Doc doc, int sentence)
    {
        var s = doc.Sentence(sentence);
        var words = 0;
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            var t = doc.Token(i);
            if (t.Kind != TokenKind.Word || t.Text.Length < 4) continue;
            if (!t.IsCapitalized) return false;
            words++;
        }
        return words >= 3;
    }

    private static bool OpensSentence(Doc doc, int i) => doc.Sentence(doc.SentenceOfToken(i)).FirstToken == i;

    private static bool IsAllCapitals(Token t) => t.Kind == TokenKind.Word && t.Text.Length > 1 && t.Text.All(ch => !char.IsLetter(ch) || char.IsUpper(ch));

    // Capitalised names ending in an organisation word ("Rapid Support Forces", "Human Rights Watch",
    // "Ministry of Defence") that no knowledge-base name covers become candidates of their own; a state
    // adjective opening them gives their country ("Sudanese Armed Forces").
    private void AddUnlinkedOrganizations(Doc doc, List<Candidate> candidates)
    {
        var owner = new int[doc.TokenCount];
        Array.Fill(owner, -1);
        for (var k = 0; k < candidates.Count; k++)
            for (var i = candidates[k].Start; i < candidates[k].End; i++) owner[i] = k;

        var added = new List<Candidate>();
        var removed = new HashSet<int>();
        foreach (var sentence in doc.Sentences)
        {
            for (var h = sentence.FirstToken + 1; h < sentence.EndToken; h++)
            {
                var head = doc.Token(h);
                if (!head.IsCapitalized || !OrganizationHeads.TryGetValue(head.Norm, out var sector)) continue;
                if (owner[h] >= 0 && candidates[owner[h]].Entries.Any(e => e.Kind is EntryKind.Organization or EntryKind.Person or EntryKind.StateName)) continue;
                var start = h;
                while (start - 1 > sentence.FirstToken || (start - 1 == sentence.FirstToken && doc.Token(start - 1).IsCapitalized))
                {
                    var prev = doc.Token(start - 1);
                    if (prev.Kind == TokenKind.Word && prev.IsCapitalized && (owner[start - 1] < 0 || IsNamePart(candidates[owner[start - 1]]))) start--;
                    else break;
                }
                var end = h + 1;
                // "Ministry of Foreign Affairs", "Union of Journalists".
                if (end + 1 < sentence.EndToken && doc.Token(end).Norm is "of" or "for" && doc.Token(end + 1).IsCapitalized)
                {
                    var tail = end + 2;
                    while (tail < sentence.EndToken && doc.Token(tail).IsCapitalized && doc.Token(tail).Kind == TokenKind.Word) tail++;
                    // "University of Kentucky", "Association of Western Pennsylvania": a body named after the
                    // division or town it serves names that place; the place is the mention worth keeping.
                    if (!IsPlaceTail(candidates, owner, end + 1, tail)) end = tail;
                    else if (end - start < 2)
                    {
                        // "the University of Kentucky": the lone head word is no town of its own ("University").
                        if (owner[h] >= 0) removed.Add(owner[h]);
                        continue;
                    }
                }
                if (end - start < 2) continue;
                string? country = null;
                if (owner[start] >= 0 && candidates[owner[start]].First(EntryKind.StateAdjective) is { } adjective) country = adjective.Country;
                var name = doc.Text[doc.Token(start).Start..doc.Token(end - 1).End];
                var actor = country is null ? (sector.Length > 0 ? sector : null) : Cameo(country) + (sector.Length > 0 ? sector : "");
                added.Add(new Candidate(start, end, [new GazetteerEntry(EntryKind.UnlinkedOrganization, "", name, country, actor)]));
                for (var i = start; i < end; i++)
                    if (owner[i] >= 0) removed.Add(owner[i]);
                h = end - 1;
            }
        }
        if (added.Count == 0 && removed.Count == 0) return;
        var kept = candidates.Where((_, k) => !removed.Contains(k)).Concat(added).OrderBy(c => c.Start).ToList();
        candidates.Clear();
        candidates.AddRange(kept);
    }

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
    private void AddHyphenatedPlaces(Doc doc, List<Candidate> candidates)
    {
        var added = new List<Candidate>();
        List<Candidate>? dropped = null;
        var k = 0;
        for (var i = 0; i < doc.TokenCount; i++)
        {
            while (k < candidates.Count && candidates[k].End <= i) k++;
            if (k < candidates.Count && candidates[k].Start <= i) continue;
            var t = doc.Token(i);
            if (t.Kind != TokenKind.Word || !t.IsCapitalized || t.Text.IndexOfAny(Hyphens) < 0) continue;
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
        var merged = candidates.Where(c => dropped is null || !dropped.Contains(c)).Concat(added).OrderBy(c => c.Start).ToList();
        candidates.Clear();
        candidates.AddRange(merged);
    }

    private static readonly char[] Hyphens = ['-', '‐', '‑'];

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
        var kept = entries.Where(e => IsPlaceReading(e) || e.Kind == EntryKind.StateName || (!placesOnly && e.Kind == EntryKind.StateAdjective)).ToList();
        if (kept.Count > 0) added.Add(new Candidate(token, end < 0 ? token + 1 : end, kept) { Part = range });
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
                if (entries.Count == 0) continue;
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
            mention = Mention(ctx.Doc, c.Start, c.End, EntityType.State, state.Id, state.Name, state.Actor, state.Country, "gazetteer:state") with { Lat = state.Lat, Lon = state.Lon };
        // A hyphenated word says little on its own: its place must lie in a country the article is about ("DFL-Cook" is no Australian town).
        else if (BestPlace(ctx, candidates, k) is { } place && place.Country is { } country && (country == ctx.HomeCountry || ctx.Countries.Contains(country)))
            mention = PlaceMention(ctx, c, place, "gazetteer:place");
        else if (c.First(EntryKind.StateAdjective) is { } adjective)
            mention = Mention(ctx.Doc, c.Start, c.End, EntityType.State, adjective.Id, adjective.Name, adjective.Actor, adjective.Country, "gazetteer:state-adjective") with { Lat = adjective.Lat, Lon = adjective.Lon };
        if (mention is not null) mentions.Add(mention with { Range = c.Part!.Value, Text = c.Part.Value.Slice(ctx.Doc.Text) });
    }

    // Tokens [start, end) are exactly one gazetteer match that reads only as a town or division.
    private static bool IsPlaceTail(List<Candidate> candidates, int[] owner, int start, int end)
    {
        if (owner[start] < 0) return false;
        var c = candidates[owner[start]];
        return c.Start == start && c.End == end && c.Entries.All(e => e.Kind is EntryKind.Place or EntryKind.AdminDivision);
    }

    // Words a proper organisation name may swallow: state adjectives and generic words ("Sudanese", "Armed", "Support").
    private static bool IsNamePart(Candidate c) => c.Entries.All(e => e.Kind is EntryKind.StateAdjective or EntryKind.Group or EntryKind.Title);

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

    // Places near those the article already placed are likelier: local news names its neighbourhood.
    private static double Proximity(DocContext ctx, GazetteerEntry e)
    {
        if (e.Lat is not { } lat || e.Lon is not { } lon) return 0;
        var nearest = double.MaxValue;
        foreach (var other in ctx.Resolved.Values)
        {
            // A degree of latitude is 111 km: most pairs are ruled out before any trigonometry.
            if (other.Lat is { } olat && other.Lon is { } olon && !ReferenceEquals(other, e) && Math.Abs(olat - lat) * 111 < 400)
                nearest = Math.Min(nearest, Geo.DistanceKm(lat, lon, olat, olon));
        }
        return nearest < 150 ? 4 : nearest < 400 ? 2 : 0;
    }

    // Within 150 km of a place the article already placed: local news names its neighbourhood.
    private static bool IsNearResolved(DocContext ctx, GazetteerEntry e)
    {
        if (e.Lat is not { } lat || e.Lon is not { } lon) return false;
        foreach (var other in ctx.Resolved.Values)
        {
            if (other.Lat is { } olat && other.Lon is { } olon && Math.Abs(olat - lat) * 111 < 150 && Geo.DistanceKm(lat, lon, olat, olon) < 150) return true;
        }
        return false;
    }

    private EntityMention PlaceMention(DocContext ctx, Candidate c, GazetteerEntry place, string rule)
    {
        if (ctx.Resolved.TryAdd(c.TextIn(ctx.Doc), place)) ctx.FirstPlaced.Add(c);
        if (place.Country is { } country) ctx.Countries.Add(country);
        if (place.Admin1 is { } admin1) ctx.Admin1s.Add(admin1);
        // As an actor a place stands for its country (GDELT codes a visit to Budapest as one to HUN).
        return Mention(ctx.Doc, c.Start, c.End, EntityType.Place, place.Id, place.Name, place.Country is { } iso3 ? Cameo(iso3) : null, place.Country, rule) with { Lat = place.Lat, Lon = place.Lon };
    }

    /// <summary>
    /// A second look at names placed among namesakes: a name read before the article's other places ("Mansfield"
    /// in a headline, "Shreveport" later) is placed again beside all of them, and every mention of it follows.
    /// Looked at again until no name moves: a name moved to the article's home state can bring another with it.
    /// </summary>
    private void PlaceAgainBesideAll(DocContext ctx, List<Candidate> candidates, List<EntityMention> mentions)
    {
        if (ctx.FirstPlaced.Count < 2) return;
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var pass = 0; pass < MaxSecondLooks && PlaceEachAgain(ctx, candidates, mentions, votes); pass++) { }
        ctx.HomeAdmin1 = null;
    }

    // Each look settles most names; a third rarely moves any, and a fixed point is reached in a few in any case.
    private const int MaxSecondLooks = 3;

    /// <summary>Places each name again beside all the others; returns whether any moved.</summary>
    private bool PlaceEachAgain(DocContext ctx, List<Candidate> candidates, List<EntityMention> mentions, Dictionary<string, int> votes)
    {
        var moved = false;
        foreach (var c in ctx.FirstPlaced)
        {
            var name = c.TextIn(ctx.Doc);
            var first = ctx.Resolved[name];
            // A dateline names where the report was filed, whatever it goes on to name.
            if (ctx.InDateline(c) || c.Entries.Count(IsPlaceReading) < 2) continue;
            ctx.Resolved.Remove(name);
            // The state of its own first reading is no evidence for that reading: only the other names' states count.
            ctx.Admin1s.Clear();
            ctx.Admin1s.UnionWith(ctx.NamedAdmin1s);
            foreach (var other in ctx.Resolved.Values)
                if (other.Admin1 is { } a) ctx.Admin1s.Add(a);
            ctx.HomeAdmin1 = HomeAdmin1(ctx, votes);
            var again = BestPlace(ctx, candidates, candidates.IndexOf(c)) ?? first;
            // The country was chosen on the article's countries, which the second look leaves as they were, unless
            // the article's later names bring back a namesake's much bigger sense ("New York and St. Petersburg"
            // before "Moscow"; "London" before "Ontario").
            if (again.Country != first.Country && !IsProminentOver(again.Population, first.Population)) again = first;
            ctx.Resolved[name] = again;
            if (again.Admin1 is { } admin1) ctx.Admin1s.Add(admin1);
            if (again == first) continue;
            moved = true;
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.Type == EntityType.Place && m.KbId == first.Id && string.Equals(m.Text, name, StringComparison.OrdinalIgnoreCase))
                {
                    mentions[i] = m with
                    {
                        KbId = again.Id, Name = again.Name, Country = again.Country, Lat = again.Lat, Lon = again.Lon,
                        Actor = again.Country is { } iso3 ? Cameo(iso3) : null,
                    };
                }
            }
        }
        return moved;
    }

    private static bool IsProminentOver(long big, long small) => big >= ProminenceRatio * Math.Max(1, small);

    /// <summary>
    /// The first-level division most of the article's other placed names lie in, when one holds more than any
    /// other and at least two: a local paper's home. A state the article names is one of them (its own first-level division).
    /// </summary>
    /// <remarks>
    /// That the names share a state at all is weak ("Madison County" and "Richmond" are in many); which state
    /// holds most of them is not: beside Louisville, Kentucky and Jefferson County, "Richmond" is Kentucky's.
    /// </remarks>
    private static string? HomeAdmin1(DocContext ctx, Dictionary<string, int> votes)
    {
        votes.Clear();
        foreach (var e in ctx.Resolved.Values)
            if (e.Admin1 is { } a) votes[a] = votes.GetValueOrDefault(a) + 1;
        string? home = null;
        int best = 0, second = 0;
        foreach (var (admin1, n) in votes)
        {
            if (n > best)
            {
                (second, best, home) = (best, n, admin1);
            }
            else if (n > second)
            {
                second = n;
            }
        }
        return best >= 2 && best > second ? home : null;
    }

    /// <summary>
    /// Picks among same-named places and divisions by population, weighed against the article's own
    /// evidence: a qualifier after a comma ("Paris, Texas", "Alexandria, La."), the countries the article
    /// names, the places it already placed nearby, and the divisions its other place names share.
    /// </summary>
    /// <remarks>
    /// The country is chosen first, on evidence about countries and shared counties; the states the other
    /// names share then choose among that country's towns. A county or state shared by chance with a list of foreign names
    /// thus never carries a capital abroad to a small town of the same name ("London", "Glasgow").
    /// </remarks>
    private static GazetteerEntry? BestPlace(DocContext ctx, List<Candidate> candidates, int k)
    {
        var c = candidates[k];
        var name = c.TextIn(ctx.Doc);
        if (ctx.Resolved.TryGetValue(name, out var earlier)) return earlier;
        var qualifier = QualifierOf(ctx.Doc, candidates, k);
        var entries = c.Entries;
        // Each reading's score before the divisions are weighed, NaN where it is no reading here: both passes below use it.
        Span<double> countryScores = entries.Count <= 64 ? stackalloc double[entries.Count] : new double[entries.Count];
        GazetteerEntry? leader = null;
        var leaderScore = double.MinValue;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (!IsReadingHere(ctx, name, e))
            {
                countryScores[i] = double.NaN;
                continue;
            }
            var score = countryScores[i] = CountryScore(ctx, name, qualifier, e);
            if (score > leaderScore)
            {
                leader = e;
                leaderScore = score;
            }
        }
        if (leader is null) return null;
        if (qualifier is null && Prominent(c) is { } prominent && prominent.Country != leader.Country && KeepsProminentSense(ctx, c, name, prominent, leader))
            leader = prominent;
        GazetteerEntry best = leader;
        var bestScore = double.MinValue;
        var capitalFirst = NamesCapitalBeforeDivision(ctx.Doc, candidates, k, leader.Country);
        var biggest = BiggestIn(c, leader.Country);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (double.IsNaN(countryScores[i]) || e.Country != leader.Country) continue;
            if (capitalFirst && e is { Kind: EntryKind.AdminDivision, Level: 1 }) continue;
            var score = countryScores[i];
            // A capital's name has namesakes in most states: sharing only a state with the article's other names
            // is chance there, and only a county or a qualifier carries the name to a small town.
            if (!capitalFirst)
            {
                score += 2.5 * Math.Min(ctx.Coherence.Support(name, e).Admin1, 2);
                if (e.Admin1 is { } admin1 && ctx.Admin1s.Contains(admin1)) score += 3;
                // Neither carries a name from a namesake ten times its size: "California" beside Pennsylvania's
                // towns is still the state, "Louisville" in an Illinois paper still Kentucky's city.
                if (!IsProminentOver(biggest, e.Population))
                {
                    // CountryScore counted the county at its shared-out weight: a pair that can meet only there counts in full.
                    var shared = ctx.Coherence.Support(name, e).Admin2;
                    if (shared > 0) score += 3 * Math.Max(0, Math.Min(ctx.Coherence.PairedCounty(name, c.Entries, e), 2) - Math.Min(shared, 2));
                    if (e.Admin1 is { } home && home == ctx.HomeAdmin1) score += HomeStateWeight;
                }
            }
            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }
        // A capital keeps its place id and population when the gazetteer holds it as a place too.
        if (best.Kind == EntryKind.Capital)
            best = BiggestPlaceIn(entries, best.Country) ?? best with { Id = best.Name };
        return best;
    }

    // The most populous town reading in a country, the first of equals.
    private static GazetteerEntry? BiggestPlaceIn(IReadOnlyList<GazetteerEntry> entries, string? country)
    {
        GazetteerEntry? top = null;
        foreach (var e in entries)
            if (e.Kind == EntryKind.Place && e.Country == country && (top is null || e.Population > top.Population)) top = e;
        return top;
    }

    // The population of the biggest reading a name has in a country, a state's own included.
    private static long BiggestIn(Candidate c, string? country)
    {
        long biggest = 0;
        foreach (var e in c.Entries)
            if (IsPlaceReading(e) && e.Country == country) biggest = Math.Max(biggest, e.Population);
        return biggest;
    }

    // Worth a shared county less a little: a county the name shares with another still outweighs the home state.
    private const double HomeStateWeight = 2.5;

    // "Washington" is the capital, "Washington state" the state: news names a first-level division that shares
    // its name with its country's capital as a state ("Washington state", "the state of Washington"), by naming a
    // town in it first ("Seattle, Washington"), or among other states ("Oregon, Washington and Idaho").
    private static bool NamesCapitalBeforeDivision(Doc doc, List<Candidate> candidates, int k, string? country)
    {
        var c = candidates[k];
        if (country is null || !c.Entries.Any(e => (e.Kind == EntryKind.Capital || e.Feature == "PPLC") && e.Country == country)) return false;
        if (c.End < doc.TokenCount && doc.Token(c.End).Norm is "state" or "province") return false;
        if (c.Start >= 2 && doc.Token(c.Start - 1).Norm == "of" && doc.Token(c.Start - 2).Norm is "state" or "province") return false;
        var divisions = c.Entries.Where(a => a is { Kind: EntryKind.AdminDivision, Level: 1 }).ToList();
        if (divisions.Count == 0) return false;
        if (k > 0 && Listed(doc, candidates[k - 1], c))
        {
            var before = candidates[k - 1];
            // "Seattle, Washington": a town of the division qualified by it.
            if (doc.Token(c.Start - 1).Text == "," && divisions.Any(a => before.Entries.Any(e => e.Kind == EntryKind.Place && e.Admin1 == a.Id))) return false;
            if (IsDivisionOf(before, country)) return false;
        }
        return !(k + 1 < candidates.Count && Listed(doc, c, candidates[k + 1]) && IsDivisionOf(candidates[k + 1], country));
    }

    private static bool IsDivisionOf(Candidate c, string country) =>
        c.Entries.Any(e => e is { Kind: EntryKind.AdminDivision, Level: 1 } && e.Country == country);

    // How many times more populous a reading must be than the one the article's countries favour to keep
    // its sense without local evidence: London beside "Canadian" is still London, England; Athens beside
    // Georgia's towns is not Athens, Greece (the towns share the county or state), nor is Paris in an article
    // whose place names are mostly American. A dateline names where a wire was filed, most often the big city.
    private const double ProminenceRatio = 10;

    // A world city or capital opening a wire ("LONDON, March 3 -") is where it was filed, whatever the wire
    // is about; elsewhere a much bigger namesake loses only to evidence that the article is local.
    private static bool KeepsProminentSense(DocContext ctx, Candidate c, string name, GazetteerEntry prominent, GazetteerEntry leader)
    {
        if (ctx.InDateline(c) && (prominent.Feature == "PPLC" || prominent.Population >= WorldCityPopulation)) return true;
        return prominent.Population >= ProminenceRatio * Math.Max(1, leader.Population) && !HasLocalEvidence(ctx, name, leader)
            && (ctx.InDateline(c) || leader.Country != ctx.HomeCountry);
    }

    private const long WorldCityPopulation = 1_000_000;

    // The most populous town a name can read as: the sense a reader takes without evidence.
    private static GazetteerEntry? Prominent(Candidate c)
    {
        GazetteerEntry? top = null;
        foreach (var e in c.Entries)
            if (e.Kind == EntryKind.Place && (top is null || e.Population > top.Population)) top = e;
        return top;
    }

    // Evidence that places a reading where the article is, beyond naming its country: other names sharing
    // its state or county, a state the article names, a place already resolved nearby.
    private static bool HasLocalEvidence(DocContext ctx, string name, GazetteerEntry e)
    {
        var (_, admin1, admin2) = ctx.Coherence.Support(name, e);
        return admin1 >= 0.5 || admin2 > 0 || (e.Admin1 is { } a && ctx.Admin1s.Contains(a)) || Proximity(ctx, e) > 0;
    }

    // "Athens Police Department" beside "Henderson County": a namesake of the capital that shares a county with
    // another of the article's names is the town meant, not the capital's government.
    private static bool HasLocalNamesake(DocContext ctx, Candidate c, GazetteerEntry capital)
    {
        var name = c.TextIn(ctx.Doc);
        foreach (var e in c.Entries)
            if (e.Kind == EntryKind.Place && e.Country != capital.Country && ctx.Coherence.Support(name, e).Admin2 > 0) return true;
        return false;
    }

    private static bool IsPlaceReading(GazetteerEntry e) => e.Kind is EntryKind.Place or EntryKind.Capital or EntryKind.AdminDivision;

    // A village below cities1000 is a reading only where the article's other places point to it: most of its name's
    // readers mean a bigger namesake, or no place at all. A shared state is too common to count: another of the
    // article's names must share its county, or a place already placed lie near it.
    private static bool IsReadingHere(DocContext ctx, string name, GazetteerEntry e) =>
        IsPlaceReading(e) && (!e.Small || ctx.Coherence.Support(name, e).Admin2 > 0 || IsNearResolved(ctx, e));

    // How likely a reading is before the divisions of the article's other names are weighed.
    private static double CountryScore(DocContext ctx, string name, GazetteerEntry? qualifier, GazetteerEntry e)
    {
        // A division's population sums its towns: weigh it below a city of the same name ("Gaza").
        var score = Math.Log10(e.Population + 10) - (e.Kind == EntryKind.AdminDivision ? 1 : 0);
        if (qualifier is { } q)
        {
            if (q.Kind == EntryKind.AdminDivision && e.Admin1 == q.Id && e.Id != q.Id) score += 20;
            else if (q.Kind == EntryKind.StateName && e.Country == q.Country) score += 15;
        }
        if (e.Country is { } country && ctx.Countries.Contains(country)) score += 3;
        if (e.Country is { } home && home == ctx.HomeCountry) score += 1;
        // Two names sharing a county rarely do by chance: that outweighs a big namesake abroad.
        var (inCountry, _, inAdmin2) = ctx.Coherence.Support(name, e);
        score += Math.Min(inCountry, 1) + 3 * Math.Min(inAdmin2, 2);
        score += Proximity(ctx, e);
        if (e.Feature == "PPLC" || e.Kind == EntryKind.Capital) score += 1.5;
        else if (e.Feature == "PPLA") score += 0.5;
        if (e.Kind == EntryKind.AdminDivision && e.Level == 1) score += 1;
        return score;
    }

    // The state or first-level division named right after a comma: "Paris, Texas", "Alexandria, La.".
    private static GazetteerEntry? QualifierOf(Doc doc, List<Candidate> candidates, int k)
    {
        if (k + 1 >= candidates.Count) return null;
        var c = candidates[k];
        var next = candidates[k + 1];
        if (next.Start != c.End + 1 || doc.Token(c.End).Text != ",") return null;
        return next.Entries.FirstOrDefault(e => e.Kind == EntryKind.AdminDivision && e.Level == 1)
            ?? next.First(EntryKind.StateName);
    }

    // "Georgia" is the US state in "Atlanta, Georgia" and in an article about American places.
    /// <summary>
    /// Whether a state's name ("Georgia", "Palestine", "Jordan") names a division or town of another
    /// country here: one the text qualifies ("Atlanta, Georgia", "Palestine, Texas") or one in the
    /// country and divisions the article is about, when it never names the state as such.
    /// </summary>
    private static bool NamesAdminDivisionHere(DocContext ctx, List<Candidate> candidates, int k, GazetteerEntry state)
    {
        var c = candidates[k];
        var local = c.Entries.Where(e => e.Kind is EntryKind.AdminDivision or EntryKind.Place && e.Country != state.Country).ToList();
        if (local.Count == 0) return false;
        if (QualifierOf(ctx.Doc, candidates, k) is { } q && local.Any(e => q.Kind == EntryKind.AdminDivision ? e.Admin1 == q.Id : e.Country == q.Country)) return true;
        var qualifies = k > 0 && candidates[k - 1].End + 1 == c.Start && ctx.Doc.Token(c.Start - 1).Text == ","
            && local.Any(a => a.Kind == EntryKind.AdminDivision && candidates[k - 1].Entries.Any(e => e.Kind == EntryKind.Place && e.Admin1 == a.Id));
        if (qualifies) return true;
        if (ctx.IsStatedOtherwise(state.Country!, c.TextIn(ctx.Doc))) return false;
        return local.Any(e => e.Admin1 is { } a && ctx.Admin1s.Contains(a))
            || local.Any(e => e.Kind == EntryKind.AdminDivision && e.Level == 1 && e.Country is { } country && ctx.HomeCountry == country);
    }

    /// <summary>
    /// Whether a name the gazetteer knows only as a place (or division) is one here: not a common word
    /// or part of a person's name, and either salient (a big city, a state, a name of several words) or
    /// backed by evidence in the sentence (a locative preposition, a qualifier) or earlier in the article.
    /// </summary>
    private bool IsPlausiblePlace(DocContext ctx, List<Candidate> candidates, int k)
    {
        var doc = ctx.Doc;
        var c = candidates[k];
        var single = c.End - c.Start == 1;
        var first = doc.Token(c.Start);
        // "Wichita Street", "Washington Drive": a street named after a place is no mention of it.
        if (single && c.End < doc.TokenCount && doc.Token(c.End).IsCapitalized && Thoroughfares.Contains(doc.Token(c.End).Norm)) return false;
        if (ctx.Resolved.ContainsKey(c.TextIn(doc))) return true;
        // "in March" is a month, "Northwest 8th Avenue" a direction: such a word is a place only when qualified ("March, Cambridgeshire").
        if (single && (CalendarWords.Contains(first.Norm) || GenericPlaceWords.Contains(first.Norm)) && QualifierOf(doc, candidates, k) is null) return false;
        // "Pack 178", "Section 2AA": a name numbered is a unit, not a town, unless the town is one the reader knows.
        if (single && c.End < doc.TokenCount && char.IsDigit(doc.Token(c.End).Text[0]) && !AnySalient(c.Entries)) return false;
        // The evidence is weighed only when the answer turns on it: most names are settled without it. It must be
        // weighed before a name word below can add to the person names it reads.
        bool? evidence = null;
        if (single && _commonWords.Contains(first.Norm) && !(evidence ??= HasPlaceEvidence(ctx, candidates, k))) return false;
        if (single && ctx.PersonNameParts.Contains(first.Norm)) return false;
        if (FollowsNameWord(doc, candidates, k))
        {
            // "Missing Lancaster girl", "Bogdanov Joins Sochi Mayor Race": a word capitalised for opening the sentence,
            // or any word of a title-case headline, is weak evidence of a name: it keeps the place unread here, and
            // does not make the word a name for the rest of the article.
            if (single && !OpensSentence(doc, c.Start - 1) && !IsTitleCase(doc, doc.SentenceOfToken(c.Start))) ctx.PersonNameParts.Add(first.Norm);
            return false;
        }
        // "Jones said": a lone name that speaks is a person.
        if (single && c.End < doc.TokenCount && SpeechVerbs.Contains(doc.Token(c.End).Norm) && !(evidence ??= HasPlaceEvidence(ctx, candidates, k))) return false;
        if (ctx.InDateline(c) || !single || (evidence ?? HasPlaceEvidence(ctx, candidates, k))) return true;
        foreach (var e in c.Entries)
        {
            if (e.Kind is EntryKind.Place or EntryKind.Capital or EntryKind.AdminDivision && e.Population >= 100_000) return true;
            if (e is { Kind: EntryKind.AdminDivision, Level: 1 }) return true;
        }
        return false;
    }

    // Evidence in the sentence or the article that a name is a place: a locative, a qualifier, a head noun, a
    // listed place, or a reading in a state the article names or near a place it placed.
    private bool HasPlaceEvidence(DocContext ctx, List<Candidate> candidates, int k)
    {
        var doc = ctx.Doc;
        var c = candidates[k];
        if (IsLocative(doc, c.Start) || QualifierOf(doc, candidates, k) is not null || IsOfPlace(doc, c.Start)
            || (c.End < doc.TokenCount && PlaceHeadNouns.Contains(doc.Token(c.End).Norm))
            || (!IsCommonOrPersonWord(ctx, doc.Token(c.Start).Norm) && IsListedWithPlace(ctx, candidates, k))) return true;
        foreach (var e in c.Entries)
        {
            if (e.Kind is EntryKind.Place or EntryKind.AdminDivision && !e.Small && (e.Admin1 is { } a && ctx.Admin1s.Contains(a) || IsNearResolved(ctx, e)))
                return true;
        }
        return false;
    }

    private static bool AnySalient(IReadOnlyList<GazetteerEntry> entries)
    {
        foreach (var e in entries)
            if (IsSalient(e)) return true;
        return false;
    }

    /// <summary>
    /// "Kisii, Wajir, Mandera, Naivasha": a name listed beside a place the reader knows (a big city, a state
    /// or province, a name the article already placed) in the same country is a place too.
    /// </summary>
    private static bool IsListedWithPlace(DocContext ctx, List<Candidate> candidates, int k)
    {
        var c = candidates[k];
        return (k > 0 && Listed(ctx.Doc, candidates[k - 1], c) && Anchors(ctx, candidates[k - 1], c))
            || (k + 1 < candidates.Count && Listed(ctx.Doc, c, candidates[k + 1]) && Anchors(ctx, candidates[k + 1], c));
    }

    // Two names one list separator apart: "Kisii, Wajir", "Mandera and Naivasha".
    private static bool Listed(Doc doc, Candidate before, Candidate after) =>
        after.Start - before.End == 1 && doc.Token(before.End).Norm is "," or "and" or "or" && SameSentence(doc, before.Start, after.Start);

    // Whether a listed neighbour is a place the reader knows, in a country one of the name's readings shares.
    private static bool Anchors(DocContext ctx, Candidate neighbour, Candidate c)
    {
        GazetteerEntry? known = ctx.Resolved.TryGetValue(neighbour.TextIn(ctx.Doc), out var resolved) ? resolved : null;
        foreach (var e in neighbour.Entries)
        {
            if (known is null && !(IsPlaceReading(e) && IsSalient(e))) continue;
            var country = known?.Country ?? e.Country;
            if (country is not null && c.Entries.Any(r => IsPlaceReading(r) && r.Country == country)) return true;
            if (known is not null) break;
        }
        return false;
    }

    // "Barack Obama", "Mr. Jones": a capitalised word or a title just before it makes it a name. A word
    // capitalised only because it opens the sentence ("Three Philadelphia police") does not.
    private bool FollowsNameWord(Doc doc, List<Candidate> candidates, int k)
    {
        var c = candidates[k];
        var sentenceStart = doc.Sentence(doc.SentenceOfToken(c.Start)).FirstToken;
        if (c.Start <= sentenceStart) return false;
        var previous = doc.Token(c.Start - 1);
        if (previous.Kind != TokenKind.Word) return false;
        if (Text.Tokenization.Abbreviations.IsTitle(previous.Text)) return true;
        // Candidates are in text order and do not overlap: only the one before can cover the previous token.
        var previousIsCandidate = k > 0 && candidates[k - 1].End == c.Start;
        // "Albany — An Albany man": an article opens a noun phrase, not a name.
        if (!previous.IsCapitalized || previousIsCandidate || previous.Norm is "the" or "a" or "an" or "in" or "at" or "of") return false;
        return !(c.Start - 1 == sentenceStart && (_commonWords.Contains(previous.Norm) || NumberWords.Contains(previous.Norm)));
    }

    private static int[] OwnerOfTokens(Doc doc, List<Candidate> candidates)
    {
        var owner = new int[doc.TokenCount];
        Array.Fill(owner, -1);
        for (var k = 0; k < candidates.Count; k++)
            for (var i = candidates[k].Start; i < candidates[k].End; i++) owner[i] = k;
        return owner;
    }

    // People the knowledge base does not hold: a found name stands where no other mention does, or where
    // only a lone place name was read ("Lawson" of "Nigel Lawson" is no town here).
    private void AddFoundPeople(DocContext ctx, List<FoundName> names, List<EntityMention> mentions)
    {
        if (names.Count == 0) return;
        var doc = ctx.Doc;
        var at = new int[doc.TokenCount];
        Array.Fill(at, -1);
        for (var m = 0; m < mentions.Count; m++)
            for (var i = mentions[m].FirstToken; i < mentions[m].EndToken; i++) at[i] = m;
        var replaced = new HashSet<int>();
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
                if (at[i] >= 0) replaced.Add(at[i]);
            mentions.Add(FoundPersonMention(ctx, n, mentions));
        }
        if (replaced.Count == 0) return;
        var kept = mentions.Where((_, m) => !replaced.Contains(m)).ToList();
        mentions.Clear();
        mentions.AddRange(kept);
    }

    // "Mr Blair" is the Tony Blair named before; a full name found is a person of its own.
    private EntityMention FoundPersonMention(DocContext ctx, FoundName n, List<EntityMention> mentions)
    {
        var doc = ctx.Doc;
        var rule = "name:" + n.Evidence;
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

    private void AddSurnameMentions(Doc doc, DocContext ctx, List<EntityMention> mentions)
    {
        // People named in full whom the knowledge base does not hold are named by surname alone later on.
        var unlinked = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m is { Type: EntityType.Person, KbId: null, Name.Length: >= 3 })
                unlinked.TryAdd(DocContext.SurnameKey(doc.Token(m.EndToken - 1).Text), m);
        }
        var covered = new bool[doc.TokenCount];
        foreach (var m in mentions)
            for (var i = m.FirstToken; i < m.EndToken; i++) covered[i] = true;
        for (var i = 0; i < doc.TokenCount; i++)
        {
            if (covered[i]) continue;
            var t = doc.Token(i);
            if (t.Kind != TokenKind.Word || !t.IsCapitalized || CalendarWords.Contains(t.Norm)) continue;
            // Folding changes no ASCII word, and most are.
            var key = System.Text.Ascii.IsValid(t.Norm) ? t.Norm : DiacriticFolding.Fold(t.Norm);
            // Most articles name few people: an empty table, or a word shorter than any leader's surname, is not looked up.
            if (ctx.Surnames.Count > 0 && ctx.Surnames.TryGetValue(key, out var person))
            {
                mentions.Add(PersonMention(ctx, i, i + 1, person.Id, person.Name, "surname"));
            }
            else if (unlinked.Count > 0 && unlinked.TryGetValue(key, out var named) && named.FirstToken < i && StandsAlone(doc, i))
            {
                mentions.Add(Mention(doc, i, i + 1, EntityType.Person, null, named.Name, named.Actor, named.Country, "surname"));
            }
            else if (_options.LinkLeaderSurnames && key.Length >= MinLeaderSurnameLength && _leaderSurnames.TryGetValue(key, out var leader) && StandsAlone(doc, i))
            {
                mentions.Add(PersonMention(ctx, i, i + 1, leader.Id, leader.Name, "leader-surname"));
            }
        }
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

    private string Cameo(string? iso3) => iso3 is null ? "" : _kb.FindState(iso3)?.CameoCode ?? iso3;

    private static bool IsLocative(Doc doc, int tokenIndex)
    {
        var i = tokenIndex - 1;
        if (i >= 0 && doc.Token(i).Norm == "the") i--;
        return i >= 0 && Locatives.Contains(doc.Token(i).Norm);
    }

    private static bool SameSentence(Doc doc, int a, int b) => doc.SentenceOfToken(a) == doc.SentenceOfToken(b);

    private static EntityMention Mention(Doc doc, int start, int end, EntityType type, string? id, string? name, string? actor, string? country, string rule)
    {
        var range = new TextRange(doc.Token(start).Start, doc.Token(end - 1).End);
        return new EntityMention
        {
            Range = range,
            FirstToken = start,
            EndToken = end,
            Text = range.Slice(doc.Text),
            Type = type,
            KbId = id,
            Name = name,
            Actor = string.IsNullOrEmpty(actor) ? null : actor,
            Country = country,
            Rule = rule,
        };
    }

    // A shorter surname alone ("Li", "Ali") names too many people to link.
    private const int MinLeaderSurnameLength = 4;

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
}
