using Annals.Events.Patterns;
using Annals.Knowledge;
using Annals.Pipeline;
using Annals.Text;
using Annals.Understanding.Entities;
using Annals.Understanding.Times;
using NodaTime;

namespace Annals.Events;

/// <summary>Codes CAMEO events from each sentence with the verb-pattern dictionaries: who did what to whom, where, when, and how surely.</summary>
/// <remarks>
/// Thread-safe and immutable: the codebook, dictionaries and indexes are built once in the constructor and
/// shared; all per-document state lives in locals. Reads <see cref="Doc.Entities"/> (sorted by position)
/// and, when a time stage ran, <see cref="Doc.Times"/>. See <c>data/events/README.md</c> for how patterns,
/// sources, targets, modality, locations and dates are found.
/// </remarks>
public sealed class EventCoderComponent : IPipelineComponent
{
    private readonly CameoCodebook _codebook;
    private readonly EventCoderOptions _options;
    private readonly PatternMatcher _matcher;
    private readonly SubjectFinder _subjects;
    private readonly ObjectFinder _objects;
    private readonly IntentTable _intents = IntentTable.Load();
    private readonly KnowledgeBase? _knowledge;

    /// <summary>Builds a coder over the shipped codebook and dictionaries.</summary>
    /// <param name="options">Settings; the defaults suit news prose.</param>
    /// <param name="knowledge">When given, a visit to territory the visitor's own state occupies that day codes no host (043).</param>
    public EventCoderComponent(EventCoderOptions? options = null, KnowledgeBase? knowledge = null)
        : this(CameoCodebook.Load(), null, options, knowledge)
    {
    }

    /// <summary>Builds a coder over a given codebook and dictionary (the shipped ones when null).</summary>
    public EventCoderComponent(CameoCodebook codebook, VerbDictionary? dictionary, EventCoderOptions? options = null, KnowledgeBase? knowledge = null)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        _knowledge = knowledge;
        _codebook = codebook;
        _options = options ?? EventCoderOptions.Default;
        Dictionary = dictionary ?? VerbDictionary.Load(codebook);
        _matcher = new PatternMatcher(Dictionary, _options);
        _subjects = new SubjectFinder(_options);
        _objects = new ObjectFinder(Dictionary.Lexicon);
    }

    /// <inheritdoc />
    public ComponentInfo Info { get; } = new("events.patterns.v1",
        Annotations.Tokens | Annotations.Sentences | Annotations.Entities, Annotations.Events);

    /// <summary>The dictionary the coder matches.</summary>
    public VerbDictionary Dictionary { get; }

    /// <inheritdoc />
    public void Process(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.TokenCount == 0) return;
        using var index = new MentionIndex(doc);
        using var forms = new TokenForms(doc, Dictionary);
        var state = new MatchState(index, forms, _options);
        List<CodedEvent>? coded = null;
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var sentence = doc.Sentence(s);
            // Most sentences match no pattern: they cost no collections.
            if (_matcher.Match(index, forms, state, sentence) is not { } matches) continue;
            coded ??= [];
            var evidence = new Evidence(sentence);
            foreach (var match in matches) Code(index, sentence, match, ref evidence, coded);
            if (coded.Count > 1) Settle(coded);
            doc.Events.AddRange(coded);
            coded.Clear();
        }
    }

    // The sentence's text, cut from the document once however many events it is evidence of, and only when one is coded.
    private struct Evidence(Sentence sentence)
    {
        private string? _text;

        public string Text => _text ??= sentence.Text;
    }

    // One event told twice in a sentence gives way to its fuller telling. Only events of the bare kind go; neither
    // test's witness is ever one of them, so the order of removal does not matter.
    private static void Settle(List<CodedEvent> coded)
    {
        // "arrived in Mongolia for a state visit": one visit, told twice; the telling that names the target stands.
        for (var i = coded.Count - 1; i >= 0; i--)
            if (coded[i].Target is null && HasTargetedTelling(coded, coded[i])) coded.RemoveAt(i);
        // "threatened to go on strike": the bare "threaten" (130) yields to the threat it names (133).
        for (var i = coded.Count - 1; i >= 0; i--)
            if (IsUnspecified(coded[i].Code) && HasSpecificTelling(coded, coded[i])) coded.RemoveAt(i);
    }

    private static bool HasTargetedTelling(List<CodedEvent> coded, CodedEvent e)
    {
        foreach (var o in coded)
            if (o.Target is not null && o.Code == e.Code && o.Source.Range == e.Source.Range) return true;
        return false;
    }

    private static bool HasSpecificTelling(List<CodedEvent> coded, CodedEvent e)
    {
        foreach (var o in coded)
            if (o.Code != e.Code && o.Code.AsSpan(0, 2).SequenceEqual(e.Code.AsSpan(0, 2))
                && o.Source.Range == e.Source.Range && (o.Target is not null || e.Target is null)) return true;
        return false;
    }

    // A sentence codes an act once for each source and target, however many of its matches tell it.
    private static bool IsCoded(List<CodedEvent> coded, CodedEvent e)
    {
        foreach (var o in coded)
            if (o.Code == e.Code && o.Source.Range == e.Source.Range && o.Target?.Range == e.Target?.Range) return true;
        return false;
    }

    private void Code(MentionIndex index, Sentence sentence, PatternMatch match, ref Evidence evidence, List<CodedEvent> coded)
    {
        var doc = index.Doc;
        var pattern = match.Pattern;
        int[] sources;
        TextRange? sourceRange = null;
        int[] targets = match.Targets;
        var modality = Modality.Asserted;
        var intent = Intent.None;
        var subjectFirst = match.First;

        if (pattern.IsNominal)
        {
            if (match.Source >= 0) sources = [match.Source];
            else
            {
                var subject = _subjects.Find(index, sentence, match.First);
                if (subject is not { } found) return;
                (sources, sourceRange) = (found.Mentions, found.IsPronoun ? found.Range : null);
            }
            for (var t = match.First; t < match.Anchor; t++)
                if (Words.PlannedNoun.Contains(doc.Token(t).Norm)) modality = Modality.Expected;
        }
        else
        {
            var subject = _subjects.Find(index, sentence, match.Anchor);
            if (match.Passive)
            {
                var agent = FindAgent(index, sentence, match.Last + 1);
                if (agent < 0 && pattern.Code.AsSpan(0, 2) is "18" or "19" or "20") agent = MeansAgent(index, sentence, match.Last + 1);
                if (agent < 0) return;
                sources = [agent];
                targets = subject is { } patient && pattern.HasTarget ? patient.Mentions : [];
            }
            else
            {
                subject ??= SubjectFinder.FindInverted(index, sentence, match.Anchor, match.Last + 1);
                if (subject is not { } found) return;
                sources = found.Mentions;
                sourceRange = found.IsPronoun ? found.Range : null;
            }
            var windowStart = subject is { } s ? s.End : sentence.FirstToken;
            subjectFirst = subject is { } s2 ? s2.First : sentence.FirstToken;
            var read = ModalityReader.Read(doc, sentence, windowStart, match.Anchor, subjectFirst, pattern.Code.StartsWith("14", StringComparison.Ordinal));
            if (read is not { } m) return;
            (modality, intent) = (m.Modality, m.Intent);
        }

        var entry = _codebook.Get(pattern.Code);
        // "the army prepared to resume shelling": readying force is a show of it (CAMEO 15); readying anything else
        // is planning it, coded as the intent.
        if (intent == Intent.Prepared)
        {
            if (entry.Root is "18" or "19" or "20") (entry, intent) = (_codebook.Get("150"), Intent.None);
            else intent = Intent.Stated;
        }
        if (intent != Intent.None)
        {
            // "vowed to attack" is a threat (1384), "will provide aid" a pledge (033), "will not meet" a refusal (125);
            // a threat to cooperate is no threat.
            var stated = intent == Intent.Refused ? _intents.RefusalOf(pattern.Code) : _intents.IntentOf(pattern.Code);
            if (intent == Intent.Threatened && stated?.StartsWith("13", StringComparison.Ordinal) != true) return;
            if (stated is not null) (entry, modality) = (_codebook.Get(stated), Modality.Asserted);
            else if (intent != Intent.Refused) modality = Modality.Expected;
        }
        // "threatened further action against Russia": the verb phrase reaches a target the pattern did not name.
        // "Israel and Hamas fought battles in Gaza": those who act with each other are each other's targets.
        if (targets.Length == 0 && !match.Passive && entry.Root != "01" && !(sources.Length > 1 && IsReciprocal(entry.Root)))
            targets = _objects.Find(index, sentence, match, sources, entry.Root == "13");
        var date = DateOf(doc, sentence, match);
        var mutual = targets.Length == 0 && sources.Length > 1 && IsReciprocal(entry.Root);

        foreach (var source in sources)
        {
            if (mutual)
            {
                foreach (var other in sources)
                    if (other != source) Add(source, other, ref evidence);
            }
            else if (targets.Length == 0) Add(source, null, ref evidence);
            else
            {
                foreach (var target in targets)
                    if (target != source) Add(source, target, ref evidence);
            }
        }

        void Add(int source, int? target, ref Evidence evidence)
        {
            var sourceMention = index.Mentions[source];
            var targetMention = target is { } tm ? index.Mentions[tm] : null;
            var range = Span(index, match, source, target, sourceRange);
            var e = new CodedEvent
            {
                Code = entry.Code,
                Label = entry.Label,
                QuadClass = entry.QuadClass,
                Goldstein = entry.Goldstein,
                Modality = modality,
                Source = Actor(sourceMention, sources.Length == 1 ? sourceRange : null, doc),
                Target = targetMention is null ? null : Actor(targetMention, null, doc),
                Location = LocationOf(index, sentence, match, source, target),
                Date = date,
                Sentence = sentence.Index,
                Range = range,
                Evidence = evidence.Text,
                Pattern = pattern.Provenance,
            };
            if (!IsCoded(coded, e)) coded.Add(e);

            if (_options.CodeHosting && entry.Code == "042" && targetMention is { Type: EntityType.State or EntityType.Place }
                && !IsHomeTour(sourceMention, targetMention)
                && !HeldByVisitorsState(sourceMention, targetMention, date.From ?? doc.Article.Published?.Date))
            {
                var host = _codebook.Get("043");
                var hosted = e with
                {
                    Code = host.Code,
                    Label = host.Label,
                    QuadClass = host.QuadClass,
                    Goldstein = host.Goldstein,
                    Source = e.Target!,
                    Target = e.Source,
                    Pattern = pattern.Provenance + " (the host of a visit)",
                };
                if (!IsCoded(coded, hosted)) coded.Add(hosted);
            }
        }
    }

    // A state hosts visitors from abroad: a leader touring his own country is received by no other state.
    private static bool IsHomeTour(EntityMention visitor, EntityMention place) =>
        visitor.Country is { } home && home == place.Country;

    // Whoever receives a head of state touring land his own state occupies, it is not the state the land belongs to:
    // "Putin visited Mariupol" in 2023 was hosted by no one, least of all Ukraine.
    private bool HeldByVisitorsState(EntityMention visitor, EntityMention place, LocalDate? on) =>
        _knowledge is not null && visitor.Country is { } visitorState && on is { } day
        && _knowledge.OccupationCovering(place.Name ?? place.Text, day) is { } occupation && occupation.Occupier == visitorState;

    // "130 Threaten, not specified below": a root's catch-all code.
    private static bool IsUnspecified(string code) => code.Length == 3 && code[2] == '0';

    // "Hungary and Romania agreed", "met", "clashed", "cut ties": each does it with the other. Statements,
    // appeals, demands, protests and shows of force by several actors are done side by side, not to each other.
    private static bool IsReciprocal(string root) => root is "03" or "04" or "05" or "06" or "16" or "19";

    private static int FindAgent(MentionIndex index, Sentence sentence, int from)
    {
        var doc = index.Doc;
        for (var t = from; t < sentence.EndToken && t <= from + 6; t++)
            if (doc.Token(t).Norm == "by") return AgentAfter(index, sentence, t);
        // "X has been accused of misusing funds, much of it embezzled, by government officials": a long
        // complement pushes the agent to the end, set off by a comma; it stays in the verb's clause.
        for (var t = from + 1; t < sentence.EndToken; t++)
        {
            var norm = doc.Token(t).Norm;
            if (Words.ClauseBreaks.Contains(norm)) return -1;
            if (norm == "by" && doc.Token(t - 1).Norm == ",") return AgentAfter(index, sentence, t);
        }
        return -1;
    }

    // "was killed in an Israeli air strike", "died in a car bomb explosion": a violent act told in the passive without
    // "by" names its agent in its means, when an actor modifies the noun of the attack.
    private static int MeansAgent(MentionIndex index, Sentence sentence, int from)
    {
        var doc = index.Doc;
        if (from >= sentence.EndToken || doc.Token(from).Norm is not ("in" or "during")) return -1;
        for (var u = from + 1; u < sentence.EndToken && u <= from + 3; u++)
        {
            var m = index.StartingAt(u);
            if (m >= 0)
            {
                if (index.Mentions[m].Type == EntityType.Place) return -1;
                for (var v = index.Mentions[m].EndToken; v < sentence.EndToken && v <= index.Mentions[m].EndToken + 1; v++)
                {
                    var token = doc.Token(v);
                    if (token.Kind != TokenKind.Word || token.IsCapitalized || index.Covering(v) >= 0) return -1;
                    if (Words.AttackNouns.Contains(token.Norm)) return m;
                }
                return -1;
            }
            if (doc.Token(u).Kind != TokenKind.Word || doc.Token(u).IsCapitalized) return -1;
        }
        return -1;
    }

    private static int AgentAfter(MentionIndex index, Sentence sentence, int by)
    {
        for (var u = by + 1; u < sentence.EndToken && u <= by + 3; u++)
        {
            var m = index.StartingAt(u);
            if (m >= 0) return m;
        }
        return -1;
    }

    private static TextRange Span(MentionIndex index, PatternMatch match, int source, int? target, TextRange? pronoun)
    {
        var doc = index.Doc;
        var start = doc.Token(match.First).Start;
        var end = doc.Token(match.Last).End;
        var sourceRange = pronoun ?? index.Mentions[source].Range;
        if (sourceRange.Start < doc.Token(match.First).Start + 1 || sourceRange.End > end)
        {
            // Only widen over a source in this sentence; a pronoun's antecedent may be sentences away.
            if (pronoun is not null || index.Mentions[source].FirstToken >= doc.Sentence(doc.SentenceOfToken(match.Anchor)).FirstToken)
            {
                start = Math.Min(start, sourceRange.Start);
                end = Math.Max(end, sourceRange.End);
            }
        }
        if (target is { } t)
        {
            start = Math.Min(start, index.Mentions[t].Range.Start);
            end = Math.Max(end, index.Mentions[t].Range.End);
        }
        return new TextRange(start, end);
    }

    private static EventActor Actor(EntityMention mention, TextRange? pronoun, Doc doc) => new()
    {
        Text = pronoun is { } p ? p.Slice(doc.Text) : mention.Text,
        Range = pronoun ?? mention.Range,
        Id = mention.KbId,
        Name = mention.Name,
        Actor = mention.Actor,
        Country = mention.Country,
    };

    private static EventLocation? LocationOf(MentionIndex index, Sentence sentence, PatternMatch match, int source, int? target)
    {
        var doc = index.Doc;
        if (match.Pattern.Code is "042" or "043" && target is { } t && index.Mentions[t].Type is EntityType.State or EntityType.Place)
            return Location(index.Mentions[t]);

        EntityMention? best = null;
        for (var tok = sentence.FirstToken + 1; tok < sentence.EndToken; tok++)
        {
            var m = index.StartingAt(tok);
            if (m < 0 || m == source || m == target) continue;
            var mention = index.Mentions[m];
            if (mention.Type is not (EntityType.Place or EntityType.State)) continue;
            if (doc.Token(tok - 1).Norm is not ("in" or "at")) continue;
            best = mention;
            if (tok > match.Anchor) break;
        }
        return best is null ? null : Location(best);
    }

    private static EventLocation Location(EntityMention mention) =>
        new(mention.Name ?? mention.Text, mention.Country ?? (mention.Type == EntityType.State ? mention.Actor : null), mention.Lat, mention.Lon)
        {
            Id = mention.KbId,
        };

    private static EventDate DateOf(Doc doc, Sentence sentence, PatternMatch match)
    {
        var range = sentence.Range;
        TimeMention? nearest = null;
        var anchorStart = doc.Token(match.Anchor).Start;
        foreach (var time in doc.Times)
        {
            if (!range.Contains(time.Range) || !time.Date.IsKnown) continue;
            if (nearest is null || Math.Abs(time.Range.Start - anchorStart) < Math.Abs(nearest.Range.Start - anchorStart))
                nearest = time;
        }
        if (nearest is not null) return nearest.Date;

        if (doc.Article.Published is not { } published)
            return EventDate.UnknownBecause("no date in the sentence and the article's publication date is unknown");
        if (!IsPast(doc, sentence, match))
            return EventDate.UnknownBecause("no date in the sentence and the verb is not in the past tense");
        return EventDate.Day(published.Date, "published");
    }

    private static bool IsPast(Doc doc, Sentence sentence, PatternMatch match)
    {
        if (match.Pattern.IsNominal) return false;
        var hasPresent = false;
        var hasPerfect = false;
        var wasPast = false;
        for (var t = match.Anchor - 1; t >= sentence.FirstToken && t >= match.Anchor - 4; t--)
        {
            var norm = doc.Token(t).Norm;
            if (Words.Present.Contains(norm)) hasPresent = true;
            if (Words.Perfect.Contains(norm)) hasPerfect = true;
            if (norm is "was" or "were" or "did") wasPast = true;
        }
        if (wasPast || hasPerfect) return !hasPresent || hasPerfect;
        return (match.AnchorForm & VerbForms.Past) != 0 && !hasPresent;
    }
}
