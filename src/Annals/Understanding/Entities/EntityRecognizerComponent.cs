using System.Buffers;
using Annals.Knowledge;
using Annals.Pipeline;
using Annals.Text;

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
public sealed partial class EntityRecognizerComponent : IPipelineComponent
{
    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal)
    {
        "in", "at", "to", "from", "near", "outside", "into", "across", "around", "toward", "towards", "via",
        "throughout", "inside", "within", "through", "arrived", "landed", "visited", "visiting", "visit", "reached",
        "downtown", "suburban", "rural",
    };

    // Points of the compass and words for a town or a feature in general: alone they name a part of whatever place the
    // text is about ("Northwest 34th Street", "the City Council") or head a name the gazetteer lacks ("the Farallon
    // Islands", "the Town of Groton", "the Gulf of Alaska"), never the division of some country GeoNames files under them.
    private static readonly HashSet<string> GenericPlaceWords = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central", "city", "metro",
        "town", "township", "village", "island", "islands", "valley", "river", "lake", "bay", "beach", "park", "heights",
        "hills", "springs", "falls", "harbor", "harbour", "gulf", "coast", "sea", "peninsula",
    };

    // Capitalised words that are dates, not people: "Friday" is no leader's surname here.
    internal static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "spring", "summer", "autumn", "winter", "christmas", "easter", "ramadan",
    };

    // Asked of nearly every capitalised word: the sieve turns most away before the set hashes them.
    private static readonly WordSieve CalendarSieve = new(CalendarWords);

    private static bool IsCalendarWord(string norm) => CalendarSieve.MayContain(norm) && CalendarWords.Contains(norm);

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

    // Asked of every capitalised word: the sieve turns most away before the table hashes them.
    private static readonly WordSieve OrganizationHeadSieve = new(OrganizationHeads.Keys);

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
        "courthouse", "jail", "chamber", "historical", "convention", "patrol", "court", "magistrates",
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
    // Nearly every capitalised word no mention covers is asked whether it is a leader's surname: the sieve turns most away before the table hashes it.
    private readonly WordSieve _leaderSurnameSieve;
    private readonly IReadOnlySet<string> _commonWords;
    private readonly PersonNameFinder _personNames;
    private readonly OutletCountry _outletCountry;

    /// <summary>Builds the recogniser's gazetteer from the knowledge base.</summary>
    public EntityRecognizerComponent(KnowledgeBase kb, EntityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(kb);
        _kb = kb;
        _options = options ?? new EntityOptions();
        _gazetteer = Gazetteer.Build(kb, ActorLexicon.LoadEmbedded(), _options.ActorDictionaries, _options.AgentDictionaries);
        _leaderSurnames = UniqueSurnames(kb);
        _leaderSurnameSieve = new WordSieve(_leaderSurnames.Keys);
        _commonWords = CommonWords.LoadEmbedded();
        _personNames = PersonNameFinder.Build(kb, _commonWords);
        _outletCountry = OutletCountry.Build(kb);
    }

    /// <inheritdoc />
    public ComponentInfo Info { get; } = new("entities.gazetteer.v1", Annotations.Tokens | Annotations.Sentences, Annotations.Entities | Annotations.Places);

    /// <inheritdoc />
    public void Process(Doc doc)
    {
        using var capitals = new TokenCapitals(doc);
        var scratch = _scratch ??= new Scratch();
        var candidates = scratch.Candidates;
        FindCandidates(doc, candidates);
        AddUnlinkedOrganizations(doc, candidates, capitals);
        AddHyphenatedPlaces(doc, candidates, capitals);
        ReadCountyLists(doc, candidates, capitals);
        var owner = OwnerOfTokens(doc, candidates);
        var names = scratch.Names;
        _personNames.Find(doc, candidates, owner, capitals, names);
        ReturnTokenTable(owner);
        // An honorific is written capitalised: "to miss Rochester" is a verb before a town.
        var keptNames = 0;
        for (var i = 0; i < names.Count; i++)
            if (names[i] is not { Evidence: "honorific", Start: > 0 } n || doc.Token(n.Start - 1) is not { Kind: TokenKind.Word, IsCapitalized: false }) names[keptNames++] = names[i];
        names.RemoveRange(keptNames, names.Count - keptNames);
        // "Ron Sylvester" names a man: the town of Sylvester is no evidence of where the article is.
        using var coherence = new PlaceCoherence(doc, candidates, k => SpeaksForPlace(doc, candidates, k) && !InsidePersonName(names, candidates[k]));
        using var context = new DocContext(doc, doc.Article.Published?.Date, candidates, _outletCountry.Of(doc.Article))
        {
            Dateline = Dateline(doc),
            Coherence = coherence,
        };
        // A word of a person's name is no place later in the article: "James Baker ... Baker said".
        foreach (var n in names)
            if (n.End - n.Start > 1) context.PersonNameParts.Add(doc.Token(n.End - 1).Norm);
        var mentions = scratch.Mentions;
        mentions.Clear();
        var unread = scratch.Unread;
        unread.Clear();
        for (var k = 0; k < candidates.Count; k++)
        {
            var before = mentions.Count;
            var last = Interpret(context, candidates, k, mentions);
            if (last == k && mentions.Count == before) unread.Add(k);
            k = last;
        }
        ReadVillages(context, candidates, unread, mentions, capitals, scratch.Left);
        AddPlacesNamedAgain(context, candidates, unread, mentions);
        PlaceAgainBesideAll(context, candidates, mentions);
        ReadStateNamesAsTheTown(context, mentions);
        ReadBareCounties(context, names, mentions, capitals);
        AddFoundPeople(context, names, mentions);
        AddSurnameMentions(doc, context, mentions, capitals);
        mentions.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        doc.Entities.AddRange(mentions);
        scratch.Release();
    }

    // The lists an article's passes fill and drop (its candidates, the names found, its mentions before they go to the
    // document in order, ...): each thread keeps them for its next article, the arrays grown once rather than for each.
    // Each pass clears what it fills, so an article that failed half-way leaves nothing behind for the next.
    private sealed class Scratch
    {
        public readonly List<Candidate> Candidates = [];
        public readonly List<FoundName> Names = [];
        public readonly List<EntityMention> Mentions = [];
        public readonly List<int> Unread = [];
        public readonly List<bool> Left = [];

        // The article's objects are let go once it is done, not kept until the thread's next article.
        public void Release()
        {
            Candidates.Clear();
            Names.Clear();
            Mentions.Clear();
        }
    }

    [ThreadStatic] private static Scratch? _scratch;

    // The gazetteer's longest matches, in text order, into found (cleared first).
    private void FindCandidates(Doc doc, List<Candidate> found)
    {
        found.Clear();
        // By index: the sentences' enumerator is an allocation per pass.
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var sentence = doc.Sentence(s);
            var end = sentence.EndToken;
            for (var i = sentence.FirstToken; i < end;)
            {
                var (matchEnd, match) = _gazetteer.Longest(doc, i, end);
                if (match is not null && NamesCityBody(doc, i, matchEnd, match, end))
                {
                    var (shorterEnd, shorter) = _gazetteer.Longest(doc, i, matchEnd - 1);
                    if (shorter is not null) (matchEnd, match) = (shorterEnd, shorter);
                }
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
    }

    /// <summary>
    /// "Dublin City Council", "Dublin City Schools": a town's name with "City" before the name of one of its bodies
    /// names the town, even where a division abroad is called "Dublin City"; a town named "... City" ("Kansas City
    /// Council") keeps its name.
    /// </summary>
    private static bool NamesCityBody(Doc doc, int start, int matchEnd, NameReadings match, int sentenceEnd)
    {
        if (matchEnd - start < 2 || matchEnd >= sentenceEnd || doc.Token(matchEnd - 1).Norm != "city") return false;
        var next = doc.Token(matchEnd);
        if (!next.IsCapitalized || !(LocalBodyWords.Contains(next.Norm) || next.Norm is "hall" or "manager" or "attorney" or "clerk")) return false;
        foreach (var e in match.Entries)
            if (e.Kind != EntryKind.AdminDivision) return false;
        return true;
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
            mentions.Add(Mention(doc, c.Start, c.End, EntityType.State, seat.Id, seat.Name, seat.Actor, seat.Country, "gazetteer:seat-of-power", seat.Lat, seat.Lon));
        }
        else if (c.First(EntryKind.StateName) is { } stateName && !NamesAdminDivisionHere(ctx, candidates, k, stateName))
        {
            mentions.Add(Mention(doc, c.Start, c.End, EntityType.State, stateName.Id, stateName.Name, stateName.Actor, stateName.Country, "gazetteer:state", stateName.Lat, stateName.Lon));
        }
        else if (c.First(EntryKind.Capital) is { } capital && !opensLocalBody && !IsLocative(doc, c.Start) && QualifierOf(ctx.Doc, candidates, k) is null
                 && !NamesAdminDivisionHere(ctx, candidates, k, capital) && !HasLocalNamesake(ctx, c, capital)
                 && (ctx.IsStatedOtherwise(capital.Country!, c.TextIn(doc)) || ctx.HomeCountry is null || ctx.HomeCountry == capital.Country))
        {
            mentions.Add(Mention(doc, c.Start, c.End, EntityType.State, capital.Id, capital.Name, capital.Actor, capital.Country, "gazetteer:capital-metonym", capital.Lat, capital.Lon));
        }
        else if (IsPlausiblePlace(ctx, candidates, k) && BestPlace(ctx, candidates, k) is { } place)
        {
            mentions.Add(PlaceMention(ctx, c, place, "gazetteer:place"));
        }
        else if (c.First(EntryKind.Region) is { } region)
        {
            mentions.Add(Mention(doc, c.Start, c.End, EntityType.Place, region.Id, region.Name, null, null, "gazetteer:region", region.Lat, region.Lon));
        }
        else if (c.First(EntryKind.StateAdjective) is { } adjective)
        {
            mentions.Add(Mention(doc, c.Start, c.End, EntityType.State, adjective.Id, adjective.Name, adjective.Actor, adjective.Country, "gazetteer:state-adjective", adjective.Lat, adjective.Lon));
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
    private void ReadVillages(DocContext ctx, List<Candidate> candidates, List<int> unread, List<EntityMention> mentions, TokenCapitals capitals, List<bool> left)
    {
        var doc = ctx.Doc;
        // Whether each candidate is still unread, kept in step with the candidates as villages go in.
        left.Clear();
        for (var k = 0; k < candidates.Count; k++) left.Add(false);
        foreach (var k in unread) left[k] = true;
        var p = 0;
        // By index: the sentences' enumerator is an allocation per pass.
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var sentence = doc.Sentence(s);
            var end = sentence.EndToken;
            for (var i = sentence.FirstToken; i < end;)
            {
                while (p < candidates.Count && candidates[p].End <= i) p++;
                var cover = p < candidates.Count && candidates[p].Start <= i ? candidates[p] : null;
                var open = cover is null || (cover.Start == i && cover.Part is null && left[p]);
                var (villageEnd, found) = open && capitals.IsCapitalized(i) ? _gazetteer.LongestVillage(doc, i, end) : (i, []);
                var after = p + (cover is null ? 0 : 1);
                if (found.Length > 0 && InsideLongerName(doc, i, villageEnd, capitals)) found = WithoutPostalTowns(found);
                var fits = found.Length > 0 && (cover is null || villageEnd >= cover.End) && (after >= candidates.Count || candidates[after].Start >= villageEnd);
                if (!fits || !PointedTo(ctx, i, villageEnd, found))
                {
                    i = cover?.End ?? i + 1;
                    continue;
                }
                // A longer village name takes the tokens from a shorter name, as the longest match does.
                var village = new Candidate(i, villageEnd, cover is not null && cover.End == villageEnd ? [.. cover.Entries, .. found] : found);
                if (cover is null)
                {
                    candidates.Insert(p, village);
                    left.Insert(p, false);
                }
                else
                {
                    candidates[p] = village;
                }
                var before = mentions.Count;
                Interpret(ctx, candidates, p, mentions);
                left[p] = mentions.Count == before;
                i = villageEnd;
            }
        }
        unread.Clear();
        for (var k = 0; k < candidates.Count; k++)
            if (left[k]) unread.Add(k);
    }

    // "Phyllis Chu", "Dulles Airport", "Mitchell Bridge Road", "Bureau of Labor": words of a longer name. The towns of
    // the postal table are mostly hamlets named like people and things; they are read only standing alone.
    private static bool InsideLongerName(Doc doc, int start, int end, TokenCapitals capitals)
    {
        if (start > doc.Sentence(doc.SentenceOfToken(start)).FirstToken && capitals.IsCapitalized(start - 1)) return true;
        if (end >= doc.TokenCount || doc.SentenceOfToken(end) != doc.SentenceOfToken(start)) return false;
        var next = doc.Token(end);
        return capitals.IsCapitalized(end) || next.Kind == TokenKind.Clitic || (next.Norm == "of" && end + 1 < doc.TokenCount && capitals.IsCapitalized(end + 1));
    }

    private static GazetteerEntry[] WithoutPostalTowns(GazetteerEntry[] found) =>
        found.Any(IsPostalTown) ? [.. found.Where(e => !IsPostalTown(e))] : found;

    private static bool IsPostalTown(GazetteerEntry e) => e.Id.StartsWith(Knowledge.VillageTable.PostalIdPrefix, StringComparison.Ordinal);

    // Whether the article points to one of the villages tokens [start, end) name. Most share no county with any of
    // the article's names: the name, which the support of the others is asked under, is cut only for those that may.
    private static bool PointedTo(DocContext ctx, int start, int end, GazetteerEntry[] villages)
    {
        string? name = null;
        foreach (var e in villages)
        {
            var countySupport = ctx.Coherence.MayShareCounty(e)
                ? ctx.Coherence.Support(name ??= ctx.Doc.Text[ctx.Doc.Token(start).Start..ctx.Doc.Token(end - 1).End], e).Admin2
                : 0;
            if (IsReadingHere(ctx, e, countySupport)) return true;
        }
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
            if (NamesStreet(doc, c) || NamesSaintsFoundation(doc, c)) continue;
            if (c.Has(EntryKind.Capital) && OpensLongerName(doc, c, k + 1 < candidates.Count ? candidates[k + 1] : null)) continue;
            mentions.Add(PlaceMention(ctx, c, place, "gazetteer:place"));
        }
    }

    /// <summary>
    /// "Wichita Street", "Washington Drive": a name before a capitalised word for a road names the road. A body named
    /// with such a word is no road: "Florida Highway Patrol", "Kentucky Court of Appeals".
    /// </summary>
    private static bool NamesStreet(Doc doc, Candidate c)
    {
        if (c.End >= doc.TokenCount || !doc.Token(c.End).IsCapitalized || !Thoroughfares.Contains(doc.Token(c.End).Norm)) return false;
        if (c.End + 1 >= doc.TokenCount) return true;
        var after = doc.Token(c.End + 1);
        return !(after.Kind == TokenKind.Word && (after.Norm == "of" || (after.IsCapitalized && LocalBodyWords.Contains(after.Norm))));
    }

    private bool IsCommonOrPersonWord(DocContext ctx, string norm) =>
        _commonWords.Contains(norm) || IsCalendarWord(norm) || ctx.PersonNameParts.Contains(norm);

    // Within a person's name of two words or more. Names are few and in text order: a linear look is cheaper than an index.
    private static bool InsidePersonName(List<FoundName> names, Candidate c)
    {
        foreach (var n in names)
            if (n.End - n.Start > 1 && n.Start <= c.Start && c.End <= n.End) return true;
        return false;
    }

    // A name that may place the article: not a person's or organisation's, a month or a common word.
    private bool SpeaksForPlace(Doc doc, List<Candidate> candidates, int k)
    {
        var c = candidates[k];
        if (c.Has(EntryKind.Person) || c.Has(EntryKind.Organization) || FollowsNameWord(doc, candidates, k)) return false;
        if (c.End - c.Start > 1) return true;
        var norm = doc.Token(c.Start).Norm;
        return !IsCalendarWord(norm) && !_commonWords.Contains(norm);
    }

    private static bool OpensLongerName(Doc doc, Candidate c, Candidate? next)
    {
        if (c.End >= doc.TokenCount || (next is not null && next.Start == c.End)) return false;
        var sentence = doc.SentenceOfToken(c.Start);
        if (doc.SentenceOfToken(c.End) != sentence) return false;
        var following = doc.Token(c.End);
        return following.Kind == TokenKind.Word && following.IsCapitalized && !IsCalendarWord(following.Norm);
    }

    // The capitalised words after a place name a local body or building: "Lafayette Police", "Dublin Veterans Park".
    // Buildings are named after people too ("Kennedy Elementary School"): past the first word, only a name that
    // is surely a place (a city, a capital, a state or province, a name of several words) is read as one.
    private bool OpensLocalBodyName(Doc doc, Candidate c)
    {
        // "the City Council", "University Medical Center": a common word opening a name is part of it.
        if (c.End - c.Start == 1 && _commonWords.Contains(doc.Token(c.Start).Norm)) return false;
        var sentenceEnd = doc.Sentence(doc.SentenceOfToken(c.Start)).EndToken;
        var reach = c.End - c.Start > 1 || c.Has(EntryKind.Capital) || c.Entries.Any(e => e is { Kind: EntryKind.Place, Population: >= 100_000 } or { Kind: EntryKind.AdminDivision, Level: 1 }) ? 4 : 1;
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
        if (ctx.IsStatedOtherwise(state.Country!, c.TextIn(ctx.Doc)) || !HasHomeNamesake(c, home, townsToo)) return null;
        return BestPlace(ctx, candidates, k) is { } place && place.Country == home && IsHomeNamesake(place, townsToo) ? place : null;
    }

    // A loop, not a query: a lambda over the parameters is an allocation on every call, and most calls answer no.
    private static bool HasHomeNamesake(Candidate c, string home, bool townsToo)
    {
        foreach (var e in c.Entries)
            if (e.Country == home && IsHomeNamesake(e, townsToo)) return true;
        return false;
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
        if (NamesStreet(ctx.Doc, c)) return null;
        var surface = c.TextIn(ctx.Doc);
        // "U.S.", "UK", "UAE"; a name in capitals ("BY CHAD KLIMACK") is no abbreviation.
        var abbreviation = HasNoLowerCaseLetter(surface) && surface.Count(char.IsLetter) <= 3;
        if (!abbreviation && ctx.StateMentions(state.Country!) < 2) return null;
        return Mention(ctx.Doc, c.Start, c.End, EntityType.State, state.Id, state.Name, state.Actor, state.Country, "gazetteer:state", state.Lat, state.Lon);
    }

    // Only a division of a country the article is about counts, and not one named by a common word ("Gulf
    // War", "Federal Highway", "Delta Air Lines") or a street ("Washington Drive").
    private bool OpensDivisionBody(DocContext ctx, List<Candidate> candidates, int k)
    {
        var c = candidates[k];
        var doc = ctx.Doc;
        if (c.Has(EntryKind.Capital) || NamesStreet(doc, c)) return false;
        if (c.End - c.Start == 1 && IsCommonOrPersonWord(ctx, doc.Token(c.Start).Norm)) return false;
        return HasDivisionOfArticle(ctx, c) && (c.First(EntryKind.StateName) is not { } state || NamesAdminDivisionHere(ctx, candidates, k, state));
    }

    // A first-level division among the readings in a country or division the article is about. A loop, not a query:
    // a lambda over the article's context is an allocation on every call.
    private static bool HasDivisionOfArticle(DocContext ctx, Candidate c)
    {
        foreach (var e in c.Entries)
            if (e is { Kind: EntryKind.AdminDivision, Level: 1, Country: { } country }
                && (country == ctx.HomeCountry || ctx.Countries.Contains(country) || ctx.Admin1s.Contains(e.Id))) return true;
        return false;
    }

    // The all-capital place of a dateline, before its comma or dash: "NEW DELHI, Aug 19 —". It opens the
    // text, or follows a headline or byline at the top of it ("Council backs budget. MANSFIELD — The ...",
    // "By Ann Lee, March 24, 2009 MANSFIELD -- ...").
    private static (int Start, int End) Dateline(Doc doc)
    {
        const int Top = 80;
        var limit = Math.Min(doc.TokenCount, Top);
        // The sentence holding each token is walked to beside the tokens: asking each token for it is a search.
        var sentence = 0;
        for (var start = 0; start < limit; start++)
        {
            if (start > 0)
            {
                while (doc.Sentence(sentence).EndToken <= start) sentence++;
                if (doc.Sentence(sentence).FirstToken != start && doc.Token(start - 1).Kind != TokenKind.Number) continue;
            }
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

    private static bool IsAllCapitals(Token t) => t.Kind == TokenKind.Word && t.Text.Length > 1 && HasNoLowerCaseLetter(t.Text);

    // Every letter a capital. A loop over the characters: a query over a string is an enumerator allocated for each word.
    private static bool HasNoLowerCaseLetter(string text)
    {
        foreach (var ch in text)
            if (char.IsLetter(ch) && !char.IsUpper(ch)) return false;
        return true;
    }

    // Capitalised names ending in an organisation word ("Rapid Support Forces", "Human Rights Watch",
    // "Ministry of Defence") that no knowledge-base name covers become candidates of their own; a state
    // adjective opening them gives their country ("Sudanese Armed Forces").
    private void AddUnlinkedOrganizations(Doc doc, List<Candidate> candidates, TokenCapitals capitals)
    {
        var owner = OwnerOfTokens(doc, candidates);
        // Most articles add and remove none: made on the first.
        List<Candidate>? added = null;
        HashSet<int>? removed = null;
        // By index: the sentences' enumerator is an allocation per pass.
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var sentence = doc.Sentence(s);
            for (var h = sentence.FirstToken + 1; h < sentence.EndToken; h++)
            {
                if (!capitals.IsCapitalized(h)) continue;
                var head = doc.Token(h);
                if (!OrganizationHeadSieve.MayContain(head.Norm) || !OrganizationHeads.TryGetValue(head.Norm, out var sector)) continue;
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
                        if (owner[h] >= 0) (removed ??= []).Add(owner[h]);
                        continue;
                    }
                }
                if (end - start < 2) continue;
                string? country = null;
                if (owner[start] >= 0 && candidates[owner[start]].First(EntryKind.StateAdjective) is { } adjective) country = adjective.Country;
                var name = doc.Text[doc.Token(start).Start..doc.Token(end - 1).End];
                var actor = country is null ? (sector.Length > 0 ? sector : null) : Cameo(country) + (sector.Length > 0 ? sector : "");
                (added ??= []).Add(new Candidate(start, end, [new GazetteerEntry(EntryKind.UnlinkedOrganization, "", name, country, actor)]));
                for (var i = start; i < end; i++)
                    if (owner[i] >= 0) (removed ??= []).Add(owner[i]);
                h = end - 1;
            }
        }
        ReturnTokenTable(owner);
        if (removed is not null)
        {
            var kept = 0;
            for (var k = 0; k < candidates.Count; k++)
                if (!removed.Contains(k)) candidates[kept++] = candidates[k];
            candidates.RemoveRange(kept, candidates.Count - kept);
        }
        if (added is not null) InsertInOrder(candidates, added);
    }

    // Adds candidates to a list in text order, each after those that start where it does: the order a stable sort
    // of the list followed by them would give, without the copies.
    private static void InsertInOrder(List<Candidate> candidates, List<Candidate> added)
    {
        foreach (var c in added)
        {
            var at = candidates.Count;
            while (at > 0 && candidates[at - 1].Start > c.Start) at--;
            candidates.Insert(at, c);
        }
    }

    // The candidate covering each token, or -1: a rented table (ReturnTokenTable).
    private static int[] OwnerOfTokens(Doc doc, List<Candidate> candidates)
    {
        var owner = RentTokenTable(doc);
        for (var k = 0; k < candidates.Count; k++)
            for (var i = candidates[k].Start; i < candidates[k].End; i++) owner[i] = k;
        return owner;
    }

    // A table of one entry per token, each -1, at least as long as the article's tokens. The passes over an article
    // make several (the candidate or mention at each token): rented, since they were a quarter of what the stage allocated.
    private static int[] RentTokenTable(Doc doc)
    {
        var table = ArrayPool<int>.Shared.Rent(Math.Max(1, doc.TokenCount));
        table.AsSpan(0, doc.TokenCount).Fill(-1);
        return table;
    }

    private static void ReturnTokenTable(int[] table) => ArrayPool<int>.Shared.Return(table);

    private string Cameo(string? iso3) => iso3 is null ? "" : _kb.FindState(iso3)?.CameoCode ?? iso3;

    private static bool IsLocative(Doc doc, int tokenIndex)
    {
        var i = tokenIndex - 1;
        if (i >= 0 && doc.Token(i).Norm == "the") i--;
        return i >= 0 && Locatives.Contains(doc.Token(i).Norm);
    }

    private static bool SameSentence(Doc doc, int a, int b) => doc.SentenceOfToken(a) == doc.SentenceOfToken(b);

    // The coordinates are given here, not set by a copy made `with` them: a place or state mention is then made once.
    // A mention's country is the ISO 3166-1 country (CONTRACT.md); its actor keeps the de facto state's own code.
    // Only the X.. codes Annals assigns can differ, so the others skip the lookup.
    private string? IsoCountry(string? country) =>
        country is ['X', ..] && _kb.FindState(country) is { } state ? state.IsoCountry : country;

    private EntityMention Mention(Doc doc, int start, int end, EntityType type, string? id, string? name, string? actor, string? country, string rule,
        double? lat = null, double? lon = null)
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
            Country = IsoCountry(country),
            Lat = lat,
            Lon = lon,
            Rule = rule,
        };
    }

    // Words a proper organisation name may swallow: state adjectives and generic words ("Sudanese", "Armed", "Support").
    private static bool IsNamePart(Candidate c) => c.Entries.All(e => e.Kind is EntryKind.StateAdjective or EntryKind.Group or EntryKind.Title);
}
