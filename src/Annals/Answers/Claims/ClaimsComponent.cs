using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Annals.Answers.Context;
using Annals.Events;
using Annals.Knowledge;
using Annals.Pipeline;
using Annals.Text;
using Annals.Understanding.Entities;
using Annals.Understanding.Times;
using NodaTime;
using NodaTime.Text;

namespace Annals.Answers.Claims;

/// <summary>
/// Finds an article's checkable claims and judges them against the knowledge base: treaty standing
/// ("a member of the ICC"), membership ("a member of several Russian-led regional organizations"),
/// first-since claims ("first trip abroad since the ICC issued an arrest warrant"), vague references
/// ("a foreign conflict") and relative times that cannot be placed ("earlier this year" undated).
/// </summary>
/// <remarks>
/// <para>A first-since claim anchors the article's undated visits: a trip "since the warrant" happened
/// after the warrant's date, so such events get a range starting the day after it.</para>
/// <para>Whether a first-since claim holds needs a record of the traveller's earlier trips: analysing one
/// article alone, it is unverifiable, and the explanation says what would settle it.</para>
/// Thread-safe.
/// </remarks>
public sealed partial class ClaimsComponent(KnowledgeBase kb) : IPipelineComponent
{
    private readonly KnowledgeBase _kb = kb ?? throw new ArgumentNullException(nameof(kb));

    [Flags]
    private enum Keys
    {
        None = 0,
        First = 1,
        Since = 2,
        Led = 4,
        Standing = 8,
        Vague = 16,
        Ordinal = 32,
    }

    private static readonly FrozenDictionary<string, Keys> TriggerWords = new Dictionary<string, Keys>
    {
        ["first"] = Keys.First, ["since"] = Keys.Since,
        ["member"] = Keys.Standing, ["party"] = Keys.Standing, ["signatory"] = Keys.Standing,
        ["foreign"] = Keys.Vague, ["international"] = Keys.Vague, ["unnamed"] = Keys.Vague, ["undisclosed"] = Keys.Vague,
        ["overseas"] = Keys.Vague, ["unspecified"] = Keys.Vague, ["specific"] = Keys.Vague, ["particular"] = Keys.Vague,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Turns down most tokens before the trigger words are asked: hardly any word of a sentence is one. For a
    // dozen words, their lengths by first letter (104 bytes) stay in the first-level cache between articles,
    // where a sieve sized for large lexicons is met cold after the other stages and misses once a token.
    private static readonly TriggerLengths TriggerFilter = new(TriggerWords.Keys);

    /// <inheritdoc />
    public ComponentInfo Info { get; } = new("claims.kb.v1", Annotations.Entities | Annotations.Times | Annotations.Events, Annotations.Claims);

    /// <inheritdoc />
    public void Process(Doc doc)
    {
        // The day facts are judged on is worked out only for an article that makes a claim: most make none.
        ReferenceDate? on = null;
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var sentence = doc.Sentence(s);
            // One pass over the tokens for each pattern's key words: most sentences hold no claim,
            // and the patterns run only where their words are.
            var keys = Keys.None;
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = doc.TokenData[t];
                if (TriggerFilter.MayContain(token.Norm) && TriggerWords.TryGetValue(token.Norm, out var key)) keys |= key;
                else if (token.Kind == TokenKind.Number && token.Norm.Length > 2 && token.Norm.AsSpan(token.Norm.Length - 2) is "st" or "nd" or "rd" or "th") keys |= Keys.Ordinal;
                else if (token.Norm.EndsWith("-led", StringComparison.Ordinal)) keys |= Keys.Led;
            }
            if (keys == Keys.None) continue;
            var text = sentence.Text;
            if ((keys & (Keys.First | Keys.Since)) == (Keys.First | Keys.Since))
                foreach (Match m in FirstSince().Matches(text)) FirstSinceClaim(doc, sentence, m, On());
            if ((keys & Keys.Led) != 0)
                foreach (Match m in LedMembership().Matches(text)) LedMembershipClaim(doc, sentence, m, On());
            if ((keys & Keys.Standing) != 0)
                foreach (Match m in Standing().Matches(text)) StandingClaim(doc, sentence, m, On());
            if ((keys & Keys.Vague) != 0)
                foreach (Match m in Vague().Matches(text)) VagueClaim(doc, sentence, m);
            if ((keys & Keys.Ordinal) != 0)
                foreach (Match m in NthToJoin().Matches(text)) CountClaim(doc, sentence, m);
        }
        foreach (var time in doc.Times)
            if (time.IsRelative && !time.Date.IsKnown) RelativeTimeClaim(doc, time);
        doc.Claims.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));

        ReferenceDate On() => on ??= ReferenceDate.For(doc, _kb);
    }

    private void FirstSinceClaim(Doc doc, Sentence sentence, Match m, ReferenceDate on)
    {
        var range = Range(sentence, m);
        var traveller = PeopleIn(doc, sentence).FirstOrDefault() ?? doc.Events.Where(e => e.Code == "042").Select(e => e.Source.Id is { } id ? _kb.GetPerson(id) : null).FirstOrDefault(p => p is not null);
        var since = m.Groups["since"].Value;
        var evidence = new List<ClaimEvidence>();
        LocalDate? anchor = null;
        string anchorText;
        if (since.Contains("warrant", StringComparison.OrdinalIgnoreCase) && traveller is not null
            && _kb.WarrantsFor(traveller.Id).FirstOrDefault(w => w.FirstArrestWarrant is not null) is { } warrant)
        {
            anchor = warrant.FirstArrestWarrant;
            anchorText = $"the {warrant.Court} arrest warrant for {traveller.Name}, issued {Iso(anchor!.Value)}";
            evidence.Add(new ClaimEvidence("fact", $"warrant:{traveller.Id}:{Iso(anchor.Value)}",
                $"The {warrant.Court} issued an arrest warrant for {traveller.Name} on {Iso(anchor.Value)} (situation: {warrant.Situation}).", _kb.SourceLine(warrant.Source)));
        }
        else if (doc.Times.FirstOrDefault(t => t.Range.Start >= range.Start && t.Range.End <= range.End && t.Date.From is not null) is { } time)
        {
            anchor = time.Date.From;
            anchorText = $"{time.Text} ({time.Date})";
        }
        else
        {
            anchorText = $"\"{since.Trim()}\"";
        }

        if (anchor is { } after) AnchorVisits(doc, sentence, after, anchorText);
        var who = traveller?.Name ?? "the traveller";
        var explanation = anchor is null
            ? $"A first-since claim about {who}; Annals cannot date {anchorText}, so it cannot say which trips would count."
            : $"A first-since claim about {who}: no earlier trip of the kind it names between {Iso(anchor.Value)} ({anchorText}) and this one. Analysed alone, the article cannot be checked against earlier trips: ingest the news of that period and run 'annals check' on it.";
        doc.Claims.Add(new Claim
        {
            Text = range.Slice(doc.Text), Range = range, Kind = ClaimKind.FirstSince, Verdict = Verdict.Unverifiable,
            Explanation = explanation, Evidence = evidence, SubjectId = traveller?.Id, Since = anchor,
        });
    }

    // "since the warrant" dates the visit the article reports: after the warrant's day.
    private static void AnchorVisits(Doc doc, Sentence sentence, LocalDate after, string anchorText)
    {
        for (var i = 0; i < doc.Events.Count; i++)
        {
            var e = doc.Events[i];
            if (e.Code is not ("042" or "043") || e.Date.IsKnown || e.Modality != Modality.Asserted) continue;
            doc.Events[i] = e with { Date = EventDate.Between(after.PlusDays(1), null, $"after {anchorText}") };
        }
    }

    private void LedMembershipClaim(Doc doc, Sentence sentence, Match m, ReferenceDate on)
    {
        var range = Range(sentence, m);
        var subject = StateBefore(doc, sentence, range.Start);
        var leader = _kb.States.FirstOrDefault(s => s.Adjectives.Contains(m.Groups["adj"].Value, StringComparer.OrdinalIgnoreCase)
            || string.Equals(s.Name, m.Groups["adj"].Value, StringComparison.OrdinalIgnoreCase));
        if (subject is null || leader is null) return;
        var led = _kb.MembershipsOn(subject.Iso3, on.Date)
            .Where(x => x.IsMember && x.Status == "member" && _kb.FindOrganization(x.OrgId) is { LedBy: var l } && l == leader.Iso3)
            .Select(x => _kb.FindOrganization(x.OrgId)!)
            .ToList();
        var needed = m.Groups["count"].Value.ToLowerInvariant() switch
        {
            "two" => 2, "three" => 3, "four" => 4, "several" or "many" or "various" or "multiple" => 2, _ => 1,
        };
        var evidence = led.Select(o => new ClaimEvidence("fact", $"membership:{subject.Iso3}:{o.Id}",
            $"{subject.Name} is a member of the {o.Name} ({o.Id}), which is {leader.Adjectives.FirstOrDefault() ?? leader.Name}-led.",
            _kb.SourceLine(o.LedBySource ?? o.Source))).ToList();
        var verdict = led.Count >= needed ? Verdict.Supported : Verdict.Contradicted;
        var names = led.Count == 0 ? "none" : string.Join(", ", led.Select(o => o.Id));
        doc.Claims.Add(new Claim
        {
            Text = range.Slice(doc.Text), Range = range, Kind = ClaimKind.Membership, Verdict = verdict,
            Explanation = $"{subject.Name} belongs, {on.On}, to {led.Count} organisation(s) the knowledge base records as {leader.Name}-led: {names}.",
            Evidence = evidence,
        });
    }

    private void StandingClaim(Doc doc, Sentence sentence, Match m, ReferenceDate on)
    {
        var range = Range(sentence, m);
        var subject = StateBefore(doc, sentence, range.Start);
        if (subject is null) return;
        var negated = m.Groups["not"].Success;
        var objectRange = new TextRange(sentence.Start + m.Groups["obj"].Index, sentence.Start + m.Groups["obj"].Index + m.Groups["obj"].Length);
        var obj = m.Groups["obj"].Value;
        var org = doc.Entities.FirstOrDefault(e => e.Type == EntityType.Organization && e.KbId is not null && e.Range.Overlaps(objectRange));
        var isCourt = obj.Contains("Rome Statute", StringComparison.OrdinalIgnoreCase) || org?.KbId == "ICC";
        bool holds;
        string statement, source, kind;
        if (isCourt)
        {
            var status = _kb.RomeStatuteOn(subject.Iso3, on.Date);
            var role = m.Groups["role"].Value.ToLowerInvariant();
            holds = role == "signatory" ? status.Signed is not null && !status.IsSignatureWithdrawn : status.IsParty;
            statement = $"{subject.Name}: Rome Statute standing {on.On} is {status.Status.ToString().ToLowerInvariant()}"
                + (status.Signed is { } sg ? $" (signed {Iso(sg)}" + (status.Ratified is { } r ? $", ratified {Iso(r)})" : ", not ratified)") : "")
                + ".";
            source = _kb.SourceLine(status.Source);
            kind = ClaimKind.TreatyStatus;
        }
        else if (org is not null)
        {
            holds = _kb.MembershipsOn(subject.Iso3, on.Date).Any(x => x.OrgId == org.KbId && x.IsMember && x.Status == "member");
            statement = $"{subject.Name} {(holds ? "is" : "is not")} a member of the {org.Name} {on.On}, by the knowledge base.";
            source = _kb.SourceLine(_kb.FindOrganization(org.KbId!)?.Source ?? "");
            kind = ClaimKind.Membership;
        }
        else
        {
            return;
        }
        if (negated) holds = !holds;
        doc.Claims.Add(new Claim
        {
            Text = range.Slice(doc.Text), Range = range, Kind = kind, Verdict = holds ? Verdict.Supported : Verdict.Contradicted,
            Explanation = statement + (on.IsArticleDate ? "" : $" ({on.Basis}.)"),
            Evidence = [new ClaimEvidence("fact", $"{kind}:{subject.Iso3}", statement, source)],
        });
    }

    // "the 125th state to join the International Criminal Court": the count of parties once it joined.
    private void CountClaim(Doc doc, Sentence sentence, Match m)
    {
        var range = Range(sentence, m);
        var subject = StateBefore(doc, sentence, range.Start);
        var objectRange = new TextRange(sentence.Start + m.Groups["obj"].Index, sentence.Start + m.Groups["obj"].Index + m.Groups["obj"].Length);
        var court = m.Groups["obj"].Value.Contains("Rome Statute", StringComparison.OrdinalIgnoreCase)
            || doc.Entities.Any(e => e.KbId == "ICC" && e.Range.Overlaps(objectRange));
        if (subject is null || !court) return;
        var claimed = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var inForce = _kb.RomeStatuteOn(subject.Iso3, _kb.AsOf).InForce;
        if (inForce is not { } day)
        {
            doc.Claims.Add(new Claim
            {
                Text = range.Slice(doc.Text), Range = range, Kind = ClaimKind.Count, Verdict = Verdict.Contradicted,
                Explanation = $"The knowledge base records no entry into force of the Rome Statute for {subject.Name}.",
            });
            return;
        }
        var parties = _kb.States.Count(s => _kb.RomeStatuteOn(s.Iso3, day).IsParty);
        var statement = $"On {Iso(day)}, when the Rome Statute entered into force for {subject.Name}, the knowledge base counts {parties} States Parties.";
        doc.Claims.Add(new Claim
        {
            Text = range.Slice(doc.Text), Range = range, Kind = ClaimKind.Count,
            Verdict = parties == claimed ? Verdict.Supported : Verdict.Contradicted,
            Explanation = statement,
            Evidence = [new ClaimEvidence("fact", $"treaty-status:{subject.Iso3}", statement, _kb.SourceLine(_kb.RomeStatuteOn(subject.Iso3, day).Source))],
        });
    }

    private void VagueClaim(Doc doc, Sentence sentence, Match m)
    {
        var range = Range(sentence, m);
        var what = m.Groups["noun"].Value.ToLowerInvariant();
        var known = new List<string>();
        var evidence = new List<ClaimEvidence>();
        if (what is "conflict" or "conflicts" or "war")
        {
            foreach (var person in doc.Entities.Where(e => e.Type == EntityType.Person && e.KbId is not null).Select(e => e.KbId!).Distinct())
            {
                foreach (var w in _kb.WarrantsFor(person))
                {
                    var name = _kb.GetPerson(person)?.Name ?? w.PersonName;
                    known.Add($"the {w.Court} warrant for {name} concerns the situation in {w.Situation}");
                    evidence.Add(new ClaimEvidence("fact", $"warrant:{person}", $"The {w.Court} warrant for {name} was issued in the situation in {w.Situation}.", _kb.SourceLine(w.Source)));
                }
            }
        }
        doc.Claims.Add(new Claim
        {
            Text = range.Slice(doc.Text), Range = range, Kind = ClaimKind.VagueReference, Verdict = Verdict.Vague,
            Explanation = known.Count > 0
                ? $"The article leaves the {what} unnamed, though the knowledge base knows {string.Join("; ", known)}."
                : $"The article leaves the {what} unnamed; nothing in it or the knowledge base says which.",
            Evidence = evidence,
        });
    }

    private void RelativeTimeClaim(Doc doc, TimeMention time)
    {
        var sentence = doc.Sentence(doc.SentenceOfToken(doc.TokenAtOrAfter(time.Range.Start)));
        var hint = "";
        var evidence = new List<ClaimEvidence>();
        if (doc.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).Contains("warrant", StringComparison.OrdinalIgnoreCase))
        {
            var person = PeopleIn(doc, sentence).FirstOrDefault()
                ?? doc.Entities.Where(e => e.Type == EntityType.Person && e.KbId is not null).Select(e => _kb.GetPerson(e.KbId!)).FirstOrDefault(p => p is not null && _kb.WarrantsFor(p.Id).Count > 0);
            if (person is not null && _kb.WarrantsFor(person.Id).FirstOrDefault(w => w.FirstArrestWarrant is not null) is { } w)
            {
                hint = $" If it refers to the {w.Court} warrant for {person.Name}, issued {Iso(w.FirstArrestWarrant!.Value)}, the article was written in {w.FirstArrestWarrant.Value.Year}.";
                evidence.Add(new ClaimEvidence("fact", $"warrant:{person.Id}", $"The {w.Court} issued an arrest warrant for {person.Name} on {Iso(w.FirstArrestWarrant.Value)}.", _kb.SourceLine(w.Source)));
            }
        }
        doc.Claims.Add(new Claim
        {
            Text = time.Text, Range = time.Range, Kind = ClaimKind.RelativeTime, Verdict = Verdict.Vague,
            Explanation = $"'{time.Text}' cannot be dated: {time.Date.Anchor ?? "the article gives no publication date"}.{hint}",
            Evidence = evidence,
        });
    }

    private IEnumerable<Person> PeopleIn(Doc doc, Sentence sentence) =>
        doc.Entities.Where(e => e.Type == EntityType.Person && e.KbId is not null && sentence.Range.Contains(e.Range))
            .Select(e => _kb.GetPerson(e.KbId!)).OfType<Person>();

    // The state the claim is about: the nearest before it that is not the object of a preposition
    // ("Kyrgyzstan ... has historical ties with Russia and has been a member of ...").
    private State? StateBefore(Doc doc, Sentence sentence, int offset)
    {
        var mention = doc.Entities.LastOrDefault(e => e.Type == EntityType.State && e.Range.End <= offset && e.Range.Start >= sentence.Start
            && e.Country is not null && !AfterPreposition(doc, e));
        return mention is null ? null : _kb.FindState(mention.Country!);
    }

    private static bool AfterPreposition(Doc doc, EntityMention e)
    {
        var before = e.FirstToken - 1;
        if (before >= 0 && doc.Token(before).Norm == "the") before--;
        return before >= 0 && doc.Token(before).Norm is "with" or "to" or "from" or "of" or "in" or "on" or "against" or "by" or "for" or "at" or "into" or "than" or "between";
    }

    private static TextRange Range(Sentence sentence, Match m) => new(sentence.Start + m.Index, sentence.Start + m.Index + m.Length);

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);

    [GeneratedRegex(@"\bfirst\b(?:\s+[\w-]+){0,3}?\s+(?:trip|visit|journey|tour|travel|foray)s?\b(?:\s+(?:abroad|overseas|outside|to|in)\b[^.;]{0,80}?)?\s+since\s+(?<since>[^.;,]+?)(?=\s+(?:for|over|in|on|after|amid|despite|when|as)\s|[.;,]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FirstSince();

    [GeneratedRegex(@"\bthe\s+(?<n>\d+)(?:st|nd|rd|th)\s+(?:state|country|nation|member(?:\s+state)?)\s+to\s+(?:join|ratify|accede\s+to|become\s+a\s+(?:member|party)\s+(?:of|to))\s+(?<obj>(?:the\s+)?[A-Z][\w]*(?:\s+[A-Z][\w]*){0,5})")]
    private static partial Regex NthToJoin();

    [GeneratedRegex(@"\bmember\s+of\s+(?:(?<count>several|many|various|multiple|two|three|four|a|an)\s+)?(?:(?:other|key|major)\s+)?(?<adj>[A-Z][\w]+)-led\s+(?:[\w-]+\s+){0,2}(?:organi[sz]ations?|blocs?|alliances?|groupings?|unions?)", RegexOptions.None)]
    private static partial Regex LedMembership();

    [GeneratedRegex(@"\b(?:is|was|has\s+been|remains|became|is\s+now)\s+(?<not>not\s+|never\s+)?(?:a\s+|an\s+)?(?:full\s+)?(?<role>member|party|state\s+party|signatory)\s+(?:of|to)\s+(?<obj>(?:the\s+)?[A-Z][\w]*(?:\s+[A-Z][\w]*){0,5})", RegexOptions.IgnoreCase)]
    private static partial Regex Standing();

    [GeneratedRegex(@"\b(?:a|an|one|some|certain)\s+(?:specific\s+|particular\s+|certain\s+)?(?:foreign|international|unnamed|undisclosed|overseas|unspecified)\s+(?<noun>conflict|war|country|nation|official|source|government)\b|\b(?:a|an)\s+(?:specific|particular)\s+(?:[\w-]+\s+)?(?<noun>conflict|war|country|crime|case)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Vague();
}
