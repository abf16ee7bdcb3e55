using System.Text.Json;
using Annals.Answers.Trips;
using Annals.Knowledge;
using Annals.Text;
using NodaTime;
using NodaTime.Text;

namespace Annals.Output;

/// <summary>Writes the JSON of <c>annals trips</c>, <c>annals warrants --report</c> and <c>annals check</c> (docs/CONTRACT.md).</summary>
/// <remarks>Thread-safe.</remarks>
public static class TripsJson
{
    /// <summary><c>{"person": {"id", "name"}, "trips": [...]}</c>.</summary>
    public static void WriteTrips(Utf8JsonWriter w, Person person, IReadOnlyList<PersonTrip> trips)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(trips);
        w.WriteStartObject();
        WritePerson(w, person);
        WriteTripArray(w, trips);
        w.WriteEndObject();
    }

    /// <summary><c>{"people": [{"person": {...}, "trips": [...]}]}</c>: every trip of every person under an ICC warrant.</summary>
    public static void WriteWarrantReport(Utf8JsonWriter w, IReadOnlyList<(Person Person, IReadOnlyList<PersonTrip> Trips)> report)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(report);
        w.WriteStartObject();
        w.WriteNumber("trips", report.Sum(r => r.Trips.Count));
        w.WriteNumber("boundToArrest", report.Sum(r => r.Trips.Count(t => t.BoundToArrest)));
        w.WriteStartArray("people");
        foreach (var (person, trips) in report)
        {
            w.WriteStartObject();
            WritePerson(w, person);
            WriteTripArray(w, trips);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary><c>{"article": {...as analyze}, "claims": [...as analyze]}</c>.</summary>
    public static void WriteCheck(Utf8JsonWriter w, Doc doc)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(doc);
        w.WriteStartObject();
        w.WritePropertyName("article");
        w.WriteStartObject();
        ContractJson.WriteArticleFields(w, doc.Article);
        w.WriteEndObject();
        w.WriteStartArray("claims");
        foreach (var c in doc.Claims) ContractJson.WriteClaim(w, c);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter w, Person person)
    {
        w.WritePropertyName("person");
        w.WriteStartObject();
        w.WriteString("id", person.Id);
        w.WriteString("name", person.Name);
        w.WriteEndObject();
    }

    private static void WriteTripArray(Utf8JsonWriter w, IReadOnlyList<PersonTrip> trips)
    {
        w.WriteStartArray("trips");
        foreach (var t in trips)
        {
            w.WriteStartObject();
            w.WriteString("country", t.Country);
            w.WriteString("start", Iso(t.Start));
            w.WriteString("end", Iso(t.End));
            Strings(w, "places", t.Places);
            Strings(w, "articles", t.Articles);
            Strings(w, "sources", t.Sources);
            w.WriteBoolean("occupied", t.Occupied);
            w.WriteString("occupiedBy", t.Occupation?.Occupier);
            w.WriteBoolean("romeStatuteParty", t.RomeStatuteParty);
            w.WriteBoolean("boundToArrest", t.BoundToArrest);
            w.WriteStartArray("warrants");
            foreach (var warrant in t.Warrants)
            {
                w.WriteStartObject();
                w.WriteString("court", warrant.Court);
                w.WriteString("issued", warrant.FirstArrestWarrant is { } d ? Iso(d) : null);
                w.WriteString("situation", warrant.Situation);
                w.WriteString("status", warrant.Status);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("territory", t.Occupation?.Territory);
            w.WriteString("occasion", t.Occasion);
            w.WriteString("confidence", t.Confidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);
}
