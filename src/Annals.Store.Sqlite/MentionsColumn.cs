using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Annals.Understanding.Entities;

namespace Annals.Store.Sqlite;

/// <summary>Writes an article's entity mentions as the JSON its <c>articles.mentions</c> column holds; the <c>mentions</c> view reads them back.</summary>
/// <remarks>
/// One array per mention, in text order: <c>[char_start, char_end, type, text, kb_id, name, actor, country, lat, lon]</c>,
/// absent values as null. Kept with the article rather than as a row each (some eighteen per news article), the
/// mentions cost one value to store instead of a row, a foreign-key check and two index entries apiece; GDELT's
/// knowledge graph keeps its per-article entity lists the same way. The buffers are reused from article to article.
/// Not thread-safe.
/// </remarks>
internal sealed class MentionsColumn : IDisposable
{
    // Bounds the entries remembered; past it they are forgotten and learnt again.
    private const int MostEntries = 8192;

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;
    private readonly ArrayBufferWriter<byte> _entryBuffer = new(256);
    private readonly Utf8JsonWriter _entryJson;
    private readonly Dictionary<string, EntryJson> _entries = new(StringComparer.Ordinal);

    public MentionsColumn()
    {
        // Non-ASCII letters are kept as UTF-8 rather than escaped: the JSON is read by SQLite, never put in HTML.
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
        _json = new Utf8JsonWriter(_buffer, options);
        _entryJson = new Utf8JsonWriter(_entryBuffer, options);
    }

    /// <summary>The JSON of the mentions, UTF-8, valid until the next call.</summary>
    public ReadOnlySpan<byte> Write(IReadOnlyList<EntityMention> mentions)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartArray();
        foreach (var m in mentions)
        {
            _json.WriteStartArray();
            _json.WriteNumberValue(m.Range.Start);
            _json.WriteNumberValue(m.Range.End);
            _json.WriteStringValue(TypeNames[(int)m.Type]);
            _json.WriteStringValue(m.Text);
            if (m.KbId is { } kbId) _json.WriteRawValue(Entry(kbId, m), skipInputValidation: true);
            else WriteEntry(_json, m);
            _json.WriteEndArray();
        }
        _json.WriteEndArray();
        _json.Flush();
        return _buffer.WrittenSpan;
    }

    public void Dispose()
    {
        _json.Dispose();
        _entryJson.Dispose();
    }

    // The knowledge-base entry's values (`kb_id, name, actor, country, lat, lon`), as the column writes them. An entry is
    // mentioned again and again (a country, a head of state), so its JSON is made once and copied after, as long as the
    // mention carries the same values; writing the strings and, above all, the coordinates took most of the column's time.
    private ReadOnlySpan<byte> Entry(string kbId, EntityMention m)
    {
        if (_entries.TryGetValue(kbId, out var known) && known.Describes(m)) return known.Json;
        _entryBuffer.ResetWrittenCount();
        _entryJson.Reset(_entryBuffer);
        _entryJson.WriteStartArray();
        WriteEntry(_entryJson, m);
        _entryJson.WriteEndArray();
        _entryJson.Flush();
        // The values between the brackets: written into the mention's array, they read as if written there one by one.
        var json = _entryBuffer.WrittenSpan[1..^1].ToArray();
        if (_entries.Count >= MostEntries) _entries.Clear();
        _entries[kbId] = new EntryJson(m.Name, m.Actor, m.Country, m.Lat, m.Lon, json);
        return json;
    }

    private static void WriteEntry(Utf8JsonWriter json, EntityMention m)
    {
        String(json, m.KbId);
        String(json, m.Name);
        String(json, m.Actor);
        String(json, m.Country);
        Number(json, m.Lat);
        Number(json, m.Lon);
    }

    private static void String(Utf8JsonWriter json, string? value)
    {
        if (value is null) json.WriteNullValue();
        else json.WriteStringValue(value);
    }

    private static void Number(Utf8JsonWriter json, double? value)
    {
        if (value is { } v) json.WriteNumberValue(v);
        else json.WriteNullValue();
    }

    // The stored spellings, made once rather than per mention.
    private static readonly string[] TypeNames = [.. Enum.GetNames<EntityType>().Select(n => n.ToLowerInvariant())];

    private sealed record EntryJson(string? Name, string? Actor, string? Country, double? Lat, double? Lon, byte[] Json)
    {
        public bool Describes(EntityMention m) =>
            Name == m.Name && Actor == m.Actor && Country == m.Country && Lat.Equals(m.Lat) && Lon.Equals(m.Lon);
    }
}
