using System.Text.Json;
using Annals.Knowledge;
using NodaTime;
using NodaTime.Text;

namespace Annals.Output;

/// <summary>Writes knowledge-base answers in the JSON shapes of docs/CONTRACT.md (<c>annals kb ...</c>).</summary>
/// <remarks>Thread-safe.</remarks>
public static class KnowledgeJson
{
    /// <summary><c>kb state</c>: a state's standing on a date.</summary>
    public static void WriteState(Utf8JsonWriter w, KnowledgeBase kb, State state, LocalDate on)
    {
        var rs = kb.RomeStatuteOn(state.Iso3, on);
        w.WriteStartObject();
        w.WriteString("iso3", state.Iso3);
        w.WriteString("iso2", state.Iso2);
        w.WriteString("name", state.Name);
        w.WriteString("asOf", Iso(kb.AsOf));
        w.WriteString("on", Iso(on));
        w.WritePropertyName("romeStatute");
        w.WriteStartObject();
        w.WriteString("status", rs.Status switch
        {
            RomeStatuteState.Party => "party",
            RomeStatuteState.Signatory => "signatory",
            RomeStatuteState.Withdrawn => "withdrawn",
            _ => "non-signatory",
        });
        w.WriteBoolean("party", rs.IsParty);
        w.WriteString("signed", Iso(rs.Signed));
        w.WriteString("ratified", Iso(rs.Ratified));
        w.WriteString("inForce", Iso(rs.InForce));
        w.WriteString("withdrawalEffective", Iso(rs.WithdrawalEffective));
        w.WriteString("signatureWithdrawn", Iso(rs.SignatureWithdrawn));
        w.WriteString("source", kb.SourceLine(rs.Source));
        w.WriteEndObject();
        w.WriteStartArray("memberships");
        foreach (var m in kb.MembershipsOn(state.Iso3, on).Where(m => m.IsMember))
        {
            w.WriteStartObject();
            w.WriteString("org", m.OrgId);
            w.WriteString("name", kb.FindOrganization(m.OrgId)?.Name);
            w.WriteString("status", m.Status);
            w.WriteString("since", m.Since?.ToString());
            w.WriteString("until", m.Until?.ToString());
            w.WriteString("source", kb.SourceLine(m.Source));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteHolder(w, "headOfState", kb, kb.HeadsOfStateOn(state.Iso3, on));
        WriteHolder(w, "headOfGovernment", kb, kb.HeadsOfGovernmentOn(state.Iso3, on));
        w.WriteEndObject();
    }

    /// <summary><c>kb person</c>: a person's offices and warrants.</summary>
    public static void WritePerson(Utf8JsonWriter w, KnowledgeBase kb, Person person, LocalDate on)
    {
        w.WriteStartObject();
        w.WriteString("id", person.Id);
        w.WriteString("name", person.Name);
        WriteStrings(w, "aliases", person.Aliases);
        w.WriteString("asOf", Iso(kb.AsOf));
        w.WriteString("on", Iso(on));
        w.WriteStartArray("positions");
        foreach (var p in person.Positions.OrderBy(p => p.Since))
        {
            w.WriteStartObject();
            w.WriteString("title", p.Office);
            w.WriteString("role", p.Role == LeaderRole.HeadOfState ? "head-of-state" : "head-of-government");
            w.WriteString("country", p.Iso3);
            w.WriteString("since", Iso(p.Since));
            w.WriteString("until", Iso(p.Until));
            w.WriteBoolean("heldOn", p.IsHeldOn(on));
            w.WriteString("source", kb.SourceLine(p.Source));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("warrants");
        foreach (var warrant in kb.WarrantsFor(person.Id)) WriteWarrant(w, kb, warrant, on, withPerson: false);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary><c>kb org</c>: an organisation and its members on a date.</summary>
    public static void WriteOrganization(Utf8JsonWriter w, KnowledgeBase kb, Organization org, LocalDate on)
    {
        w.WriteStartObject();
        w.WriteString("id", org.Id);
        w.WriteString("name", org.Name);
        WriteStrings(w, "aliases", org.Aliases);
        w.WriteString("asOf", Iso(kb.AsOf));
        w.WriteString("on", Iso(on));
        w.WriteString("ledBy", org.LedBy);
        w.WriteString("ledBySource", org.LedBySource is { } ls ? kb.SourceLine(ls) : null);
        w.WriteStartArray("members");
        foreach (var m in kb.MembersOn(org.Id, on).Where(m => m.IsMember))
        {
            w.WriteStartObject();
            w.WriteString("iso3", string.IsNullOrEmpty(m.Iso3) ? null : m.Iso3);
            w.WriteString("org", m.MemberOrgId);
            w.WriteString("status", m.Status);
            w.WriteString("since", m.Since?.ToString());
            w.WriteString("until", m.Until?.ToString());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("source", kb.SourceLine(org.Source));
        w.WriteEndObject();
    }

    /// <summary><c>kb warrants</c>: every warrant, or those in force on a date.</summary>
    public static void WriteWarrants(Utf8JsonWriter w, KnowledgeBase kb, IEnumerable<Warrant> warrants, LocalDate on)
    {
        w.WriteStartObject();
        w.WriteString("asOf", Iso(kb.AsOf));
        w.WriteString("on", Iso(on));
        w.WriteStartArray("warrants");
        foreach (var warrant in warrants) WriteWarrant(w, kb, warrant, on, withPerson: true);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteWarrant(Utf8JsonWriter w, KnowledgeBase kb, Warrant warrant, LocalDate on, bool withPerson)
    {
        w.WriteStartObject();
        if (withPerson)
        {
            w.WriteString("person", warrant.PersonName);
            w.WriteString("personId", warrant.PersonId);
        }
        w.WriteString("court", warrant.Court);
        w.WriteString("instrument", warrant.Instrument);
        w.WriteString("situation", warrant.Situation);
        w.WriteString("issued", warrant.Issued.Count > 0 ? Iso(warrant.Issued[0]) : null);
        WriteStrings(w, "issuedAll", warrant.Issued.Select(d => Iso(d)!).ToList());
        w.WriteString("charges", warrant.Charges);
        w.WriteString("status", warrant.Status);
        w.WriteString("statusDate", warrant.StatusDate?.ToString());
        w.WriteBoolean("inForce", warrant.IsInForceOn(on));
        w.WriteString("source", kb.SourceLine(warrant.Source));
        w.WriteEndObject();
    }

    private static void WriteHolder(Utf8JsonWriter w, string name, KnowledgeBase kb, IReadOnlyList<Position> holders)
    {
        w.WritePropertyName(name);
        if (holders.Count == 0)
        {
            w.WriteNullValue();
            return;
        }
        var p = holders[0];
        w.WriteStartObject();
        w.WriteString("id", p.PersonId);
        w.WriteString("name", kb.GetPerson(p.PersonId)?.Name);
        w.WriteString("title", p.Office);
        w.WriteString("since", Iso(p.Since));
        w.WriteString("until", Iso(p.Until));
        w.WriteString("source", kb.SourceLine(p.Source));
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static string? Iso(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;
}
