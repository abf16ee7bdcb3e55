using Annals.Knowledge;
using Annals.Pipeline;
using Annals.Text;
using Annals.Understanding.Entities;
using NodaTime;
using NodaTime.Text;

namespace Annals.Answers.Context;

/// <summary>
/// States for the reader what the knowledge base knows that bears on the article, on the article's
/// date: each state's standing towards the Rome Statute and its memberships (with the state that
/// leads an organisation, where sources say so); each person's offices and ICC warrants.
/// </summary>
/// <remarks>Thread-safe. Facts carry their sources as URLs where the knowledge base has them.</remarks>
public sealed class ContextComponent(KnowledgeBase kb) : IPipelineComponent
{
    private readonly KnowledgeBase _kb = kb ?? throw new ArgumentNullException(nameof(kb));

    /// <inheritdoc />
    public ComponentInfo Info { get; } = new("context.kb.v1", Annotations.Entities, Annotations.Context);

    /// <inheritdoc />
    public void Process(Doc doc)
    {
        var on = ReferenceDate.For(doc, _kb);
        var states = new List<string>();
        var people = new List<string>();
        foreach (var e in doc.Entities)
        {
            if (e.Type is EntityType.State && e.Country is { } iso3 && !states.Contains(iso3)) states.Add(iso3);
            if (e.Type is EntityType.Person && e.KbId is { } id && !people.Contains(id)) people.Add(id);
        }
        foreach (var iso3 in states)
        {
            if (_kb.FindState(iso3) is not { } state) continue;
            doc.Context.Add(TreatyStatus(state, on));
            foreach (var fact in Memberships(state, on)) doc.Context.Add(fact);
        }
        foreach (var id in people)
        {
            if (_kb.GetPerson(id) is not { } person) continue;
            foreach (var fact in Offices(person, on)) doc.Context.Add(fact);
            foreach (var fact in Warrants(person, on)) doc.Context.Add(fact);
        }
    }

    private ContextFact TreatyStatus(State state, ReferenceDate on)
    {
        var s = _kb.RomeStatuteOn(state.Iso3, on.Date);
        string Day(LocalDate? d) => d is { } x ? LocalDatePattern.Iso.Format(x) : "an unrecorded date";
        var statement = s.Status switch
        {
            RomeStatuteState.Party =>
                $"{state.Name} is a State Party to the Rome Statute of the ICC {on.On} (in force for it since {Day(s.InForce)}), so it is bound to arrest and surrender persons the ICC has a warrant for."
                + (s.WithdrawalNotified is { } wn && s.WithdrawalEffective is { } we && we > on.Date ? $" It notified withdrawal on {Day(wn)}, effective {Day(we)}." : ""),
            RomeStatuteState.Withdrawn =>
                $"{state.Name} withdrew from the Rome Statute with effect from {Day(s.WithdrawalEffective)}; {on.On} it is not a State Party and has no duty to arrest on ICC warrants.",
            RomeStatuteState.Signatory when s.IsSignatureWithdrawn =>
                $"{state.Name} signed the Rome Statute on {Day(s.Signed)} but withdrew its signature on {Day(s.SignatureWithdrawn)}; {on.On} it is not a State Party and has no duty to arrest on ICC warrants.",
            RomeStatuteState.Signatory =>
                $"{state.Name} signed the Rome Statute on {Day(s.Signed)} but has not ratified it; {on.On} it is not a State Party, so it has no duty to arrest on ICC warrants.",
            _ => $"{state.Name} has neither signed nor joined the Rome Statute {on.On}; it has no duty to arrest on ICC warrants.",
        };
        return new ContextFact(state.Name, "treaty-status", statement, _kb.SourceLine(s.Source));
    }

    private IEnumerable<ContextFact> Memberships(State state, ReferenceDate on)
    {
        foreach (var m in _kb.MembershipsOn(state.Iso3, on.Date))
        {
            if (!m.IsMember || m.Status != "member" || m.OrgId == "UN") continue;
            if (_kb.FindOrganization(m.OrgId) is not { } org) continue;
            var since = m.Since is { } p ? $" since {p.Start.Year}" : "";
            var led = org.LedBy is { } leader && _kb.FindState(leader) is { } leaderState && leader != state.Iso3
                ? $"; the organisation is {leaderState.Adjectives.FirstOrDefault() ?? leaderState.Name}-led" : "";
            var source = _kb.SourceLine(led.Length > 0 && org.LedBySource is { } ls ? $"{m.Source}|{ls}" : m.Source);
            yield return new ContextFact(state.Name, "membership", $"{state.Name} is a member of the {org.Name} ({org.Id}){since} {on.On}{led}.", source);
        }
    }

    private IEnumerable<ContextFact> Offices(Person person, ReferenceDate on)
    {
        foreach (var p in _kb.PositionsOn(person.Id, on.Date))
        {
            var state = _kb.FindState(p.Iso3)?.Name ?? p.Iso3;
            var kind = p.Role == LeaderRole.HeadOfState ? "head-of-state" : "head-of-government";
            var since = p.Since is { } s ? $" since {LocalDatePattern.Iso.Format(s)}" : "";
            yield return new ContextFact(person.Name, kind, $"{person.Name} is {p.Office} of {state}{since}, {on.On}.", _kb.SourceLine(p.Source));
        }
    }

    private IEnumerable<ContextFact> Warrants(Person person, ReferenceDate on)
    {
        foreach (var w in _kb.WarrantsFor(person.Id))
        {
            var issued = string.Join(", ", w.Issued.Select(d => LocalDatePattern.Iso.Format(d)));
            var inForce = w.IsInForceOn(on.Date) ? $"in force {on.On}" : $"not in force {on.On} (status: {w.Status.Replace('_', ' ')})";
            yield return new ContextFact(person.Name, "warrant",
                $"The {w.Court} issued an arrest {w.Instrument} for {person.Name} on {issued} (situation: {w.Situation}; charges: {w.Charges}); {inForce}.",
                _kb.SourceLine(w.Source));
        }
    }
}
