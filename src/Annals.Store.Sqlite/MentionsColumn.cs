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
/// knowledge graph keeps its per-article entity lists the same way. The buffer is reused from article to article.
/// Not thread-safe.
/// </remarks>
internal sealed class MentionsColumn : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;

    public MentionsColumn()
    {
        // Non-ASCII letters are kept as UTF-8 rather than escaped: the JSON is read by SQLite, never put in HTML.
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
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
            String(m.KbId);
            String(m.Name);
            String(m.Actor);
            String(m.Country);
            Number(m.Lat);
            Number(m.Lon);
            _json.WriteEndArray();
        }
        _json.WriteEndArray();
        _json.Flush();
        return _buffer.WrittenSpan;
    }

    public void Dispose() => _json.Dispose();

    private void String(string? value)
    {
        if (value is null) _json.WriteNullValue();
        else _json.WriteStringValue(value);
    }

    private void Number(double? value)
    {
        if (value is { } v) _json.WriteNumberValue(v);
        else _json.WriteNullValue();
    }

    // The stored spellings, made once rather than per mention.
    private static readonly string[] TypeNames = [.. Enum.GetNames<EntityType>().Select(n => n.ToLowerInvariant())];
}
