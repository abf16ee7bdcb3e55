using System.Diagnostics.CodeAnalysis;
using Annals.Knowledge;
using Annals.Text;
using Annals.Text.Tokenization;

namespace Annals.Understanding.Entities;

/// <summary>Every phrase that names something the knowledge base knows, in a token trie for longest-match lookup.</summary>
/// <remarks>
/// Built once from the knowledge base and the actor lexicons; immutable and thread-safe afterwards.
/// Phrases are tokenized exactly as documents are, so a match is a run of whole tokens; a leading
/// "the" is dropped from names (the Kremlin, the United States) and left in the text around the mention.
/// </remarks>
internal sealed class Gazetteer
{
    private sealed class Node
    {
        // Most words go on in one way only ("New" of "New Iberia" aside): a node holds its one next word itself,
        // and a dictionary only from the second.
        private string? _onlyWord;
        private Node? _only;
        private Dictionary<string, Node>? _children;

        // What the next words' hashes (Hash) are, so that most words no phrase goes on with are turned down without
        // reading the trie's strings or tables, mostly out of cache: the one next word's hash, or with several next
        // words a bit per word (BitOf). Held in the node's spare bytes: the node is no bigger for it.
        private uint _nextWordHashes;

        public bool TryGetChild(string word, [NotNullWhen(true)] out Node? child) => TryGetChild(word, Hash(word), out child);

        /// <summary>The node the word leads to; <paramref name="hash"/> is the word's <see cref="Hash"/>.</summary>
        public bool TryGetChild(string word, uint hash, [NotNullWhen(true)] out Node? child)
        {
            if (!Filter.MayHold(hash))
            {
                child = null;
                return false;
            }
            if (_children is not null) return _children.TryGetValue(word, out child);
            child = string.Equals(_onlyWord, word, StringComparison.Ordinal) ? _only : null;
            return child is not null;
        }

        /// <summary>The node's test of a next word's hash, to be asked without reading the node.</summary>
        public NextWordFilter Filter =>
            _children is not null ? new NextWordFilter(_nextWordHashes, NextWordFilter.Bits)
            : _onlyWord is not null ? new NextWordFilter(_nextWordHashes, NextWordFilter.One)
            : default;

        public Node Child(string word)
        {
            var hash = Hash(word);
            if (TryGetChild(word, hash, out var child)) return child;
            child = new Node();
            if (_onlyWord is null && _children is null)
            {
                (_onlyWord, _only, _nextWordHashes) = (word, child, hash);
                return child;
            }
            if (_children is null)
            {
                _children = new Dictionary<string, Node>(StringComparer.Ordinal) { [_onlyWord!] = _only! };
                _nextWordHashes = NextWordFilter.BitOf(_nextWordHashes);
            }
            (_onlyWord, _only) = (null, null);
            _children[word] = child;
            _nextWordHashes |= NextWordFilter.BitOf(hash);
            return child;
        }
        // An array of the exact length: most names have one or two readings, and a list's object and spare
        // capacity over some 300,000 nodes cost more than the readings themselves.
        public GazetteerEntry[]? Entries;

        // Made on the phrase's first match, not at build: most of the gazetteer's phrases never occur. Two threads
        // may both make them; either is right.
        private NameReadings? _readings;

        public NameReadings Readings => _readings ??= new NameReadings(Entries!);

        /// <summary>The words that go on from here.</summary>
        public IEnumerable<string> NextWords => (IEnumerable<string>?)_children?.Keys ?? (_onlyWord is { } only ? [only] : []);

        public bool AnyCaseSensitive;
        public bool AllLowerCaseAllowed = true;
    }

    /// <summary>
    /// What a node's next words' hashes are (none, one word's hash, or a bit per word, <see cref="BitOf"/>):
    /// false for a word no phrase goes on with, true for one that may.
    /// </summary>
    private readonly struct NextWordFilter(uint hashes, byte mode)
    {
        public const byte One = 1, Bits = 2;

        // The hash's top bits: FNV's low bits depend on the characters' low bits alone.
        public static uint BitOf(uint hash) => 1u << (int)(hash >> 27);

        public bool MayHold(uint hash) => mode switch
        {
            One => hashes == hash,
            Bits => (hashes & BitOf(hash)) != 0,
            _ => false,
        };
    }

    private readonly Node _root = new();

    // Only groups and titles match a phrase that opens in lower case ("police", "the prime minister"), so such
    // phrases are looked up in a trie of their own: small enough to stay in cache, where the whole gazetteer's
    // first-word table (hundreds of thousands of names) costs a memory miss for nearly every word of running text.
    private readonly Node _lowerCaseRoot = new();

    // Most lower-case words of running text open no group or title: the sieve turns them away before the table hashes them.
    private WordSieve _lowerCaseFirstWords = null!;

    // The first words of the names held with "county" or "parish" after them ("Barrow" of "Barrow County"). A placed
    // article's every capitalised word is asked whether it names a county without the word, and few open one: the
    // sieve turns the others away before the trie is walked. The words themselves are needed only while building.
    private HashSet<string>? _countyFirstWords = new(StringComparer.Ordinal);
    private WordSieve _countySieve = null!;

    // The first word of a capitalised phrase is looked up in a table of hundreds of thousands of words: a
    // memory miss or several for nearly every capitalised word of the text, though the same words come again
    // and again ("The", "Mr", "London", the article's own names). Each thread keeps the words it met
    // last and where they lead (or that they lead nowhere) in a small table of its own, which stays in cache.
    // The table names its gazetteer by number, not by reference, so as not to keep an old gazetteer alive.
    private sealed class FirstWords(int gazetteer)
    {
        public const int Size = 4096;
        public readonly int Gazetteer = gazetteer;
        public readonly Slot[] Slots = new Slot[Size];
    }

    // The word's hash is kept beside it: a word of another article is mostly out of cache, and only a slot
    // whose hash matches is worth reading it for.
    // The villages index's answer for the word as a first word is kept here too (VillageAnswer): the word's
    // slot is still in cache from the trie's look-up when the villages are read.
    // Most capitalised words are a name alone or open none ("Mr", "Smith", "London", "The"): what the word alone names
    // written capitalised (Alone) and which next words may go on from it (NextWords) are kept here too, so that a
    // word's node, mostly out of cache, is read only when the next word may go on from it or the word's case decides.
    private struct Slot
    {
        public uint Hash;
        public int Village;
        public string? Word;
        public Node? Node;
        public NameReadings? Alone;
        public NextWordFilter NextWords;
        public bool AloneByCase;
    }

    // Slot.Village: 0 until asked, then the index's key of the word plus 2 (1 when no village name opens with it).
    private const int VillageAnswer = 2;

    // Villages below cities1000, kept apart from the trie; read on the first document that asks for them: most of a
    // start-up's memory would otherwise go to villages it may never need.
    private Lazy<VillageIndex> _villages = null!;

    [ThreadStatic] private static FirstWords? _firstWords;

    private static int _lastSerial;
    private readonly int _serial = Interlocked.Increment(ref _lastSerial);

    private Gazetteer() { }

    /// <summary>Number of phrases held.</summary>
    public int PhraseCount { get; private set; }

    /// <summary>Builds the gazetteer from the knowledge base, the actor lexicons and the user's actor dictionaries.</summary>
    public static Gazetteer Build(KnowledgeBase kb, ActorLexicon actors, IEnumerable<PetrarchActorDictionary>? userActors = null, IEnumerable<PetrarchAgentDictionary>? userAgents = null)
    {
        var g = new Gazetteer();
        foreach (var s in kb.States)
        {
            // A state is placed at its capital: the point GDELT-style country geography needs, from data we ship.
            var stateEntry = new GazetteerEntry(EntryKind.StateName, s.Iso3, s.Name, s.Iso3, s.CameoCode, s.CapitalLat, s.CapitalLon);
            foreach (var name in s.Aliases.Append(s.Name).Append(s.OfficialName))
                g.Add(name, stateEntry);
            foreach (var adjective in s.Adjectives.Concat(s.Demonyms))
                g.Add(adjective, stateEntry with { Kind = EntryKind.StateAdjective });
            foreach (var seat in s.SeatsOfPower)
                g.Add(seat, stateEntry with { Kind = EntryKind.SeatOfPower, Actor = s.CameoCode + "GOV" });
            if (s.Capital is { } capital)
                g.Add(capital, new GazetteerEntry(EntryKind.Capital, s.Iso3, s.Name, s.Iso3, s.CameoCode + "GOV", s.CapitalLat, s.CapitalLon));
        }
        foreach (var o in kb.Organizations)
        {
            var entry = new GazetteerEntry(EntryKind.Organization, o.Id, o.Name, null, o.CameoCode);
            foreach (var name in o.Aliases.Append(o.Name))
                g.Add(name, entry);
        }
        foreach (var p in kb.People)
        {
            var country = p.PrincipalPosition()?.Iso3;
            var cameo = country is null ? null : kb.FindState(country)?.CameoCode ?? country;
            var entry = new GazetteerEntry(EntryKind.Person, p.Id, p.Name, country, cameo is null ? null : cameo + "GOV");
            foreach (var name in p.Aliases.Append(p.Name))
                g.Add(name, entry);
        }
        foreach (var place in kb.Places)
        {
            var entry = new GazetteerEntry(EntryKind.Place, place.Id, place.Name, place.Iso3, null, place.Lat, place.Lon, place.Population)
            {
                Admin1 = place.Admin1Id,
                Admin2 = place.Admin2Id,
                Feature = place.FeatureCode,
            };
            foreach (var name in WithAbbreviatedWords(place.AltNames.Append(place.Name)))
                g.Add(name, entry);
        }
        foreach (var admin in kb.AdminDivisions)
        {
            // A division without coordinates cannot be placed on a map; naming it would only add ambiguity.
            if (admin.Lat is null || admin.Lon is null) continue;
            var entry = new GazetteerEntry(EntryKind.AdminDivision, admin.Id, admin.Name, admin.Iso3, null, admin.Lat, admin.Lon, admin.Population ?? 0)
            {
                Admin1 = admin.Level == 1 ? admin.Id : admin.ParentId,
                Admin2 = admin.Level == 2 ? admin.Id : null,
                Level = admin.Level,
            };
            foreach (var name in WithAbbreviatedWords(admin.AltNames.Append(admin.Name)))
                g.Add(name, entry);
        }
        foreach (var region in kb.Regions)
        {
            var entry = new GazetteerEntry(EntryKind.Region, region.Id, region.Name, null, null, region.Lat, region.Lon);
            foreach (var name in region.Aliases.Append(region.Name))
                g.Add(name, entry);
        }
        foreach (var group in actors.Groups)
            g.Add(group.Phrase, new GazetteerEntry(EntryKind.Group, group.Sector, group.Phrase, null, group.Sector));
        foreach (var title in actors.Titles)
            g.Add(title.Title, new GazetteerEntry(EntryKind.Title, title.Sector, title.Title, null, title.Sector) { Role = title.Role });
        g.AddUserDictionaries(userActors ?? [], userAgents ?? []);
        g._lowerCaseFirstWords = new WordSieve(g._lowerCaseRoot.NextWords);
        g._countySieve = new WordSieve(g._countyFirstWords!);
        g._countyFirstWords = null;
        g._villages = new Lazy<VillageIndex>(() => VillageIndex.Build(kb.Villages));
        return g;
    }

    // News writes the words of place names it abbreviates either way: "St. Petersburg" for GeoNames' "Saint Petersburg",
    // "Mt. Pleasant" for "Mount Pleasant", "Sault Ste. Marie".
    private static readonly (string Full, string Short)[] AbbreviatedWords =
        [("Saint", "St."), ("Sainte", "Ste."), ("Mount", "Mt."), ("Fort", "Ft.")];

    /// <summary>A place's names, each also with its abbreviable words written the other way, every form once.</summary>
    private static IEnumerable<string> WithAbbreviatedWords(IEnumerable<string> names)
    {
        var forms = new List<string>();
        foreach (var name in names)
        {
            forms.Add(name);
            if (OtherSpelling(name) is { } other) forms.Add(other);
        }
        return forms.Count == 1 ? forms : forms.Distinct(StringComparer.Ordinal);
    }

    // The name with each abbreviable word written the other way; null when it has none.
    private static string? OtherSpelling(string name)
    {
        if (!AbbreviatedWords.Any(w => name.Contains(w.Full, StringComparison.Ordinal) || name.Contains(w.Short, StringComparison.Ordinal))) return null;
        var words = name.Split(' ');
        var changed = false;
        for (var i = 0; i < words.Length; i++)
            if (OtherWord(words[i]) is { } other) (words[i], changed) = (other, true);
        return changed ? string.Join(' ', words) : null;
    }

    private static string? OtherWord(string word)
    {
        foreach (var (full, abbreviated) in AbbreviatedWords)
        {
            if (word == full) return abbreviated;
            if (word == abbreviated) return full;
        }
        return null;
    }

    // Last, and only for phrases nothing else names: the knowledge base's dated, sourced meaning comes first.
    // Dictionaries write names in capitals; they are matched as names, not as acronyms.
    private void AddUserDictionaries(IEnumerable<PetrarchActorDictionary> actors, IEnumerable<PetrarchAgentDictionary> agents)
    {
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in actors.SelectMany(d => d.Actors))
        {
            var entry = new GazetteerEntry(EntryKind.UserActor, actor.Provenance, actor.Name, null, null) { UserActor = actor };
            foreach (var phrase in actor.Phrases)
                AddUnheld(phrase.ToLowerInvariant(), entry, added);
        }
        foreach (var agent in agents.SelectMany(d => d.Agents))
            AddUnheld(agent.Phrase, new GazetteerEntry(EntryKind.Group, agent.Code, agent.Phrase, null, agent.Code), added);
    }

    private void AddUnheld(string phrase, GazetteerEntry entry, HashSet<string> added)
    {
        if (!added.Contains(phrase) && Holds(phrase)) return;
        added.Add(phrase);
        Add(phrase, entry);
    }

    private bool Holds(string phrase)
    {
        var node = _root;
        foreach (var norm in Norms(phrase))
            if (!node.TryGetChild(norm, out node)) return false;
        return node.Entries is { Length: > 0 };
    }

    private void Add(string phrase, GazetteerEntry entry)
    {
        AddForm(phrase, entry);
        // News often drops diacritics (Khurelsukh for Khürelsükh): hold the plain spelling too.
        var plain = DiacriticFolding.Fold(phrase);
        if (!string.Equals(plain, phrase, StringComparison.Ordinal)) AddForm(plain, entry);
    }

    private void AddForm(string phrase, GazetteerEntry entry)
    {
        var trimmed = Trimmed(phrase);
        var norms = Norms(trimmed);
        if (norms.Length == 0) return;
        var stored = IsAcronym(trimmed) ? entry with { CaseSensitive = true, Surface = trimmed } : entry;
        if (Insert(_root, norms, stored)) PhraseCount++;
        if (norms.Length > 1 && norms[^1] is "county" or "parish") _countyFirstWords!.Add(norms[0]);
        if (!stored.CaseSensitive && stored.Kind is EntryKind.Group or EntryKind.Title) Insert(_lowerCaseRoot, norms, stored);
    }

    private static string Trimmed(string phrase)
    {
        var trimmed = phrase.Trim();
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..].TrimStart() : trimmed;
    }

    // Most names are one plain word: their token is the word itself, without running the tokenizer.
    internal static string[] Norms(string phrase)
    {
        var trimmed = Trimmed(phrase);
        if (trimmed.Length == 0) return [];
        return IsPlainWord(trimmed) ? [Tokenizer.Normalize(trimmed)] : [.. Tokenizer.Tokenize(trimmed).Select(t => t.Norm)];
    }

    private static bool Insert(Node root, string[] norms, GazetteerEntry stored)
    {
        var node = root;
        foreach (var norm in norms)
        {
            node = node.Child(norm);
        }
        var entries = node.Entries ?? [];
        if (Array.IndexOf(entries, stored) >= 0) return false;
        node.AnyCaseSensitive |= stored.CaseSensitive;
        node.AllLowerCaseAllowed &= !stored.CaseSensitive && stored.Kind is EntryKind.Group or EntryKind.Title;
        node.Entries = [.. entries, stored];
        return true;
    }

    private static bool IsPlainWord(string phrase)
    {
        foreach (var c in phrase)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>Short all-capital names (UN, ICC, US) must match as written: "us" and "un" are words.</summary>
    internal static bool IsAcronym(string phrase)
    {
        var letters = 0;
        foreach (var c in phrase)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            else if (c is not ('.' or '&' or '-')) return false;
        }
        return letters is > 0 and <= 6;
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>
    /// whose entries fit the text's case; returns its end token and the readings of those entries, or (start, null).
    /// </summary>
    public (int End, NameReadings? Match) Longest(Doc doc, int start, int limit)
    {
        var tokens = doc.TokenData;
        var bestEnd = start;
        NameReadings? best = null;
        if (start >= limit) return (bestEnd, best);
        var capitalized = OpensCapitalized(doc, start);
        var first = tokens[start].Norm;
        Node? node;
        // The second word's hash, once worked out for the first word's test: the trie's step to it needs it again.
        uint secondHash = 0;
        if (capitalized)
        {
            ref var slot = ref SlotOf(first);
            if (slot.Node is null) return (bestEnd, best);
            if (start + 1 < limit) secondHash = Hash(tokens[start + 1].Norm);
            if (!slot.AloneByCase && (start + 1 >= limit || !slot.NextWords.MayHold(secondHash)))
                return slot.Alone is null ? (bestEnd, best) : (start + 1, slot.Alone);
            node = slot.Node;
        }
        else
        {
            node = _lowerCaseFirstWords.MayContain(first) && _lowerCaseRoot.TryGetChild(first, out var lower) ? lower : null;
        }
        for (var i = start + 1; node is not null; i++)
        {
            if (node.Entries is not null && Fitting(doc, start, i, node, capitalized) is { } fitting)
            {
                bestEnd = i;
                best = fitting;
            }
            if (i >= limit || !node.TryGetChild(tokens[i].Norm, i == start + 1 && capitalized ? secondHash : Hash(tokens[i].Norm), out node)) break;
        }
        return (bestEnd, best);
    }

    // The trie node of a capitalised phrase's first word, through the thread's table of recent first words.
    private Node? FirstWord(string norm) => SlotOf(norm).Node;

    // The thread's slot holding the word, filled with the trie's answer when it held another.
    private ref Slot SlotOf(string norm)
    {
        var cache = _firstWords;
        if (cache is null || cache.Gazetteer != _serial) _firstWords = cache = new FirstWords(_serial);
        var hash = Hash(norm);
        ref var slot = ref cache.Slots[(int)(hash & (FirstWords.Size - 1))];
        if (slot.Hash == hash && slot.Word is not null && string.Equals(slot.Word, norm, StringComparison.Ordinal))
        {
            // The article's own string from now on: the word's next occurrences in it compare by reference, not with a
            // string of an earlier article that is mostly out of cache.
            slot.Word = norm;
            return ref slot;
        }
        if (!_root.TryGetChild(norm, hash, out var node))
        {
            slot = new Slot { Hash = hash, Word = norm };
            return ref slot;
        }
        var byCase = node.Entries is not null && node.AnyCaseSensitive && !node.AllLowerCaseAllowed;
        var alone = node.Entries is not null && !byCase ? node.Readings : null;
        slot = new Slot { Hash = hash, Word = norm, Node = node, Alone = alone, NextWords = node.Filter, AloneByCase = byCase };
        return ref slot;
    }

    /// <summary>
    /// The longest village name (<see cref="VillageIndex"/>) starting at token <paramref name="start"/>, which the caller
    /// found capitalised, and ending before <paramref name="limit"/>: its end token and villages, or (start, empty).
    /// </summary>
    public (int End, GazetteerEntry[] Entries) LongestVillage(Doc doc, int start, int limit)
    {
        if (start >= limit) return (start, []);
        var villages = _villages.Value;
        var first = doc.TokenData[start].Norm;
        ref var slot = ref SlotOf(first);
        if (slot.Village == 0) slot.Village = villages.FirstWordKey(first) + VillageAnswer;
        return villages.Longest(doc, start, limit, slot.Village - VillageAnswer);
    }

    // FNV-1a over the word's characters: words are short, and a slot needs no better spread.
    private static uint Hash(string word)
    {
        var hash = 2166136261u;
        foreach (var c in word) hash = (hash ^ c) * 16777619u;
        return hash;
    }

    /// <summary>The entries of the name that tokens <paramref name="start"/> to <paramref name="end"/> (at least one) make with one more word: "Barrow" + "county".</summary>
    /// <remarks>Asked at nearly every capitalised word of a placed article: its first word goes through the thread's table of recent first words.</remarks>
    public GazetteerEntry[] WithHead(Doc doc, int start, int end, string head) =>
        Phrase(doc, start, end) is { } node && node.TryGetChild(head, out node) && node.Entries is { } entries ? entries : [];

    /// <summary>The counties that tokens <paramref name="start"/> to <paramref name="end"/> name with "county", or failing those the parishes they name with "parish".</summary>
    public IReadOnlyList<GazetteerEntry> CountiesNamed(Doc doc, int start, int end)
    {
        if (!MayOpenCountyName(doc.TokenData[start].Norm) || Phrase(doc, start, end) is not { } node) return [];
        if (node.TryGetChild("county", out var county) && county.Entries is { } counties) return counties;
        return node.TryGetChild("parish", out var parish) && parish.Entries is { } parishes ? parishes : [];
    }

    /// <summary>False when no name held with "county" or "parish" after it opens with the word (<see cref="CountiesNamed"/> finds none).</summary>
    public bool MayOpenCountyName(string norm) => _countySieve.MayContain(norm);

    // The node of the phrase tokens [start, end) make, its first word through the thread's table of recent first words.
    private Node? Phrase(Doc doc, int start, int end)
    {
        var tokens = doc.TokenData;
        var node = FirstWord(tokens[start].Norm);
        for (var i = start + 1; node is not null && i < end; i++)
            if (!node.TryGetChild(tokens[i].Norm, out node)) return null;
        return node;
    }

    /// <summary>The entries of a one-word name written capitalised with one more word: "Kanawha" of "D-Kanawha" + "county".</summary>
    public IReadOnlyList<GazetteerEntry> WordWithHead(string surface, string head) =>
        surface.Length > 0 && char.IsUpper(surface[0]) && _root.TryGetChild(Tokenizer.Normalize(surface), out var node)
            && node.TryGetChild(head, out node) && node.Entries is { } entries ? entries : [];

    /// <summary>The entries of a one-word name written capitalised (a part of a hyphenated word): none when it is not.</summary>
    public IReadOnlyList<GazetteerEntry> Word(string surface)
    {
        if (surface.Length == 0 || !char.IsUpper(surface[0])
            || !_root.TryGetChild(Tokenizer.Normalize(surface), out var node) || node.Entries is not { } entries) return [];
        if (!node.AnyCaseSensitive) return entries;
        return entries.Where(e => !e.CaseSensitive || string.Equals(e.Surface, surface, StringComparison.Ordinal)).ToList();
    }

    // The readings of the node's entries that fit the text's case, or null when none does.
    private static NameReadings? Fitting(Doc doc, int start, int end, Node node, bool capitalized)
    {
        // The common cases need no copy: a capitalised match of names, or a lower-case match of groups and titles.
        if ((capitalized && !node.AnyCaseSensitive) || node.AllLowerCaseAllowed) return node.Readings;
        var entries = node.Entries!;
        var count = 0;
        foreach (var e in entries)
            if (Fits(doc, start, end, e, capitalized)) count++;
        if (count == 0) return null;
        // Every entry fits ("US" written as held): the phrase's own readings serve.
        if (count == entries.Length) return node.Readings;
        var result = new GazetteerEntry[count];
        count = 0;
        foreach (var e in entries)
            if (Fits(doc, start, end, e, capitalized)) result[count++] = e;
        return new NameReadings(result);
    }

    private static bool Fits(Doc doc, int start, int end, GazetteerEntry e, bool capitalized) => e.Kind switch
    {
        _ when e.CaseSensitive => SameSurface(doc, start, end, e.Surface!),
        EntryKind.Group or EntryKind.Title => true,
        _ => capitalized,
    };

    // A name may open with a number as well as with a capital.
    private static bool OpensCapitalized(Doc doc, int start) =>
        doc.Token(start).IsCapitalized || char.IsDigit(doc.Token(start).Text[0]);

    private static bool SameSurface(Doc doc, int start, int end, string surface)
    {
        var text = doc.Text.AsSpan(doc.Token(start).Start, doc.Token(end - 1).End - doc.Token(start).Start);
        return text.Equals(surface, StringComparison.Ordinal);
    }
}
