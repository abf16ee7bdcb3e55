using System.Globalization;
using System.Text.Json;
using Annals.Store;
using NodaTime.Text;

namespace Annals.Output;

/// <summary>Writes a stored event as CONTRACT.md's <c>annals events --json</c> fixes: analyze's event fields plus id, articles, counts and tone.</summary>
/// <remarks>
/// The id is written as a string: it is a 63-bit integer, which JavaScript numbers cannot hold exactly.
/// The evidence fields (sentence, start, end, evidence, pattern, actors' text) are the first report's. Thread-safe.
/// </remarks>
public static class StoredEventJson
{
    /// <summary>Writes one event object.</summary>
    public static void WriteEvent(Utf8JsonWriter w, StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(e);
        w.WriteStartObject();
        w.WriteString("id", e.Id.ToString(CultureInfo.InvariantCulture));
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
        ContractJson.WriteLocation(w, e.Location);
        ContractJson.WriteDate(w, e.Date);
        w.WriteNumber("sentence", e.Sentence);
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        w.WriteString("evidence", e.Evidence);
        w.WriteString("pattern", e.Pattern);
        w.WriteStartArray("articles");
        foreach (var a in e.Articles) w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteNumber("numMentions", e.NumMentions);
        w.WriteNumber("numSources", e.NumSources);
        w.WriteNumber("numArticles", e.NumArticles);
        w.WriteNumber("tone", e.AvgTone);
        w.WriteString("firstSeen", InstantPattern.ExtendedIso.Format(e.FirstSeen));
        w.WriteString("sourceUrl", e.SourceUrl);
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, StoredActor? a)
    {
        if (a is null) w.WriteNullValue();
        else ContractJson.WriteActor(w, a.Text, a.Id, a.Name, a.Actor, a.Country);
    }
}
