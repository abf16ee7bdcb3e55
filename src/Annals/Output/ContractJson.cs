using System.Text.Encodings.Web;
using System.Text.Json;
using Annals.Answers;
using Annals.Events;
using Annals.Reading;
using Annals.Text;
using Annals.Understanding.Entities;
using Annals.Understanding.Times;
using NodaTime.Text;

namespace Annals.Output;

/// <summary>Writes articles and analyses in the JSON shapes that docs/CONTRACT.md fixes.</summary>
/// <remarks>Absent values are written as null, never left out; codes are strings; dates ISO 8601. Thread-safe.</remarks>
public static class ContractJson
{
    /// <summary>Writer options: compact (one object per line) and without escaping non-ASCII text.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes the object <c>extract</c> prints for one article.</summary>
    public static void WriteExtracted(Utf8JsonWriter w, Article article)
    {
        w.WriteStartObject();
        WriteArticleFields(w, article);
        w.WriteString("author", article.Author);
        w.WriteString("format", FormatName(article.Format));
        w.WriteEndObject();
    }

    /// <summary>Writes the object <c>analyze</c> prints for one analysed document.</summary>
    public static void WriteAnalysis(Utf8JsonWriter w, Doc doc)
    {
        w.WriteStartObject();
        w.WritePropertyName("article");
        w.WriteStartObject();
        WriteArticleFields(w, doc.Article);
        w.WriteEndObject();

        w.WriteStartArray("entities");
        foreach (var e in doc.Entities) WriteEntity(w, e);
        w.WriteEndArray();

        w.WriteStartArray("times");
        foreach (var t in doc.Times) WriteTime(w, t);
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in doc.Events) WriteEvent(w, e);
        w.WriteEndArray();

        w.WriteStartArray("context");
        foreach (var c in doc.Context) WriteContext(w, c);
        w.WriteEndArray();

        w.WriteStartArray("claims");
        foreach (var c in doc.Claims) WriteClaim(w, c);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The contract's lower-case name of a format.</summary>
    public static string FormatName(ArticleFormat format) => format switch
    {
        ArticleFormat.JsonFeed => "jsonfeed",
        _ => format.ToString().ToLowerInvariant(),
    };

    internal static void WriteArticleFields(Utf8JsonWriter w, Article a)
    {
        w.WriteString("id", a.Id);
        w.WriteString("url", a.Url);
        w.WriteString("title", a.Title);
        w.WriteString("text", a.Text);
        w.WriteString("published", a.Published?.ToIsoString());
        w.WriteString("language", a.Language);
        w.WriteString("source", a.Source);
    }

    private static void WriteEntity(Utf8JsonWriter w, EntityMention e)
    {
        w.WriteStartObject();
        w.WriteString("text", e.Text);
        w.WriteNumber("start", e.Range.Start);
        w.WriteNumber("end", e.Range.End);
        w.WriteString("type", e.Type.ToString().ToLowerInvariant());
        w.WriteString("id", e.KbId);
        w.WriteString("name", e.Name);
        w.WriteString("actor", e.Actor);
        w.WriteString("country", e.Country);
        WriteNumberOrNull(w, "lat", e.Lat);
        WriteNumberOrNull(w, "lon", e.Lon);
        w.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter w, TimeMention t)
    {
        w.WriteStartObject();
        w.WriteString("text", t.Text);
        w.WriteNumber("start", t.Range.Start);
        w.WriteNumber("end", t.Range.End);
        WriteDateFields(w, t.Date);
        w.WriteEndObject();
    }

    private static void WriteDateFields(Utf8JsonWriter w, EventDate d)
    {
        w.WriteString("value", d.Value);
        w.WriteString("precision", d.Precision.ToString().ToLowerInvariant());
        w.WriteString("from", d.From is { } f ? LocalDatePattern.Iso.Format(f) : null);
        w.WriteString("to", d.To is { } t ? LocalDatePattern.Iso.Format(t) : null);
    }

    private static void WriteEvent(Utf8JsonWriter w, CodedEvent e)
    {
        w.WriteStartObject();
        w.WriteString("code", e.Code);
        w.WriteString("root", e.Root);
        w.WriteString("label", e.Label);
        w.WriteNumber("quadClass", e.QuadClass);
        w.WriteNumber("goldstein", e.Goldstein);
        w.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
        w.WritePropertyName("source");
        WriteActor(w, e.Source);
        w.WritePropertyName("target");
        WriteActor(w, e.Target);
        WriteLocation(w, e.Location);
        WriteDate(w, e.Date);
        w.WriteNumber("sentence", e.Sentence);
        w.WriteNumber("start", e.Range.Start);
        w.WriteNumber("end", e.Range.End);
        w.WriteString("evidence", e.Evidence);
        w.WriteString("pattern", e.Pattern);
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, EventActor? a)
    {
        if (a is null) w.WriteNullValue();
        else WriteActor(w, a.Text, a.Id, a.Name, a.Actor, a.Country);
    }

    /// <summary>An event's source or target object; shared with the stored events' writer.</summary>
    internal static void WriteActor(Utf8JsonWriter w, string text, string? id, string? name, string? actor, string? country)
    {
        w.WriteStartObject();
        w.WriteString("text", text);
        w.WriteString("id", id);
        w.WriteString("name", name);
        w.WriteString("actor", actor);
        w.WriteString("country", country);
        w.WriteEndObject();
    }

    /// <summary>An event's <c>location</c> property (null when unknown).</summary>
    internal static void WriteLocation(Utf8JsonWriter w, EventLocation? location)
    {
        w.WritePropertyName("location");
        if (location is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        w.WriteString("name", location.Name);
        w.WriteString("country", location.Country);
        WriteNumberOrNull(w, "lat", location.Lat);
        WriteNumberOrNull(w, "lon", location.Lon);
        w.WriteEndObject();
    }

    /// <summary>An event's <c>date</c> property.</summary>
    internal static void WriteDate(Utf8JsonWriter w, EventDate date)
    {
        w.WritePropertyName("date");
        w.WriteStartObject();
        WriteDateFields(w, date);
        w.WriteEndObject();
    }

    private static void WriteContext(Utf8JsonWriter w, ContextFact c)
    {
        w.WriteStartObject();
        w.WriteString("subject", c.Subject);
        w.WriteString("kind", c.Kind);
        w.WriteString("statement", c.Statement);
        w.WriteString("source", c.Source);
        w.WriteEndObject();
    }

    internal static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        w.WriteString("text", c.Text);
        w.WriteNumber("start", c.Range.Start);
        w.WriteNumber("end", c.Range.End);
        w.WriteString("kind", c.Kind);
        w.WriteString("verdict", c.Verdict.ToString().ToLowerInvariant());
        w.WriteString("explanation", c.Explanation);
        w.WriteStartArray("evidence");
        foreach (var e in c.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("kind", e.Kind);
            w.WriteString("id", e.Id);
            w.WriteString("statement", e.Statement);
            w.WriteString("source", e.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void WriteNumberOrNull(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, Math.Round(v, 5));
        else w.WriteNull(name);
    }
}
