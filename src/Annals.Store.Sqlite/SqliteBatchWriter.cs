using System.Globalization;
using Annals.Events;
using Annals.Events.Aggregation;
using Annals.Output;
using Annals.Understanding.Entities;
using Microsoft.Data.Sqlite;

namespace Annals.Store.Sqlite;

/// <summary>The prepared statements of one batch's transaction, reused row after row.</summary>
internal sealed class SqliteBatchWriter : IDisposable
{
    private readonly SqliteCommand _article;
    private readonly SqliteCommand _sighting;
    private readonly SqliteCommand _mention;
    private readonly SqliteCommand _event;
    private readonly SqliteCommand _eventMention;
    private readonly SqliteCommand _recount;
    private readonly SqliteCommand _findHash;
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly long _runId;
    private readonly string _at;

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction tx, long runId, string at)
    {
        _runId = runId;
        _at = at;
        _article = SqliteEventStore.Command(connection, """
            INSERT INTO articles (article_id, content_hash, simhash, duplicate_of, url, title, text, published, published_date,
                                  language, source, format, outlet, tone, ingested_run)
            VALUES ($article_id, $hash, $simhash, $duplicate_of, $url, $title, $text, $published, $published_date,
                    $language, $source, $format, $outlet, $tone, $run)
            RETURNING id
            """, tx);
        _sighting = SqliteEventStore.Command(connection,
            "INSERT OR IGNORE INTO sightings (article_id, key, run_id) SELECT id, $key, $run FROM articles WHERE content_hash = $hash", tx);
        _mention = SqliteEventStore.Command(connection, """
            INSERT INTO mentions (article_id, char_start, char_end, type, text, kb_id, name, actor, country, lat, lon)
            VALUES ($article, $start, $end, $type, $text, $kb_id, $name, $actor, $country, $lat, $lon)
            """, tx);
        _event = SqliteEventStore.Command(connection, """
            INSERT INTO events (id, key, code, root, label, quad_class, goldstein, modality,
                source_text, source_id, source_name, source_actor, source_country,
                target_text, target_id, target_name, target_actor, target_country,
                location_name, location_id, location_country, location_lat, location_lon,
                date_value, date_precision, date_from, date_to, date_anchor,
                first_article, num_mentions, num_sources, num_articles, avg_tone, first_seen, last_seen)
            VALUES ($id, $key, $code, $root, $label, $quad, $goldstein, $modality,
                $s_text, $s_id, $s_name, $s_actor, $s_country,
                $t_text, $t_id, $t_name, $t_actor, $t_country,
                $l_name, $l_id, $l_country, $l_lat, $l_lon,
                $d_value, $d_precision, $d_from, $d_to, $d_anchor,
                $article, 0, 0, 0, 0, $at, $at)
            ON CONFLICT (id) DO UPDATE SET last_seen = excluded.last_seen
            """, tx);
        _eventMention = SqliteEventStore.Command(connection, """
            INSERT INTO event_mentions (event_id, article_id, sentence, char_start, char_end, evidence, pattern, modality, source_text, target_text)
            VALUES ($event, $article, $sentence, $start, $end, $evidence, $pattern, $modality, $s_text, $t_text)
            """, tx);
        // Counts are recomputed from the evidence rather than incremented, so they are right by construction.
        _recount = SqliteEventStore.Command(connection, """
            UPDATE events SET
                num_mentions = (SELECT COUNT(*) FROM event_mentions m WHERE m.event_id = events.id),
                num_articles = (SELECT COUNT(DISTINCT m.article_id) FROM event_mentions m WHERE m.event_id = events.id),
                num_sources  = (SELECT COUNT(DISTINCT a.outlet) FROM articles a WHERE a.id IN (SELECT m.article_id FROM event_mentions m WHERE m.event_id = events.id)),
                avg_tone     = (SELECT COALESCE(ROUND(AVG(a.tone), 4), 0) FROM articles a WHERE a.id IN (SELECT m.article_id FROM event_mentions m WHERE m.event_id = events.id))
            WHERE id = $id
            """, tx);
        _findHash = SqliteEventStore.Command(connection, "SELECT id FROM articles WHERE content_hash = $hash", tx);
    }

    public long InsertArticle(ArticleRecord r)
    {
        var a = r.Article;
        var p = _article.Parameters;
        p.Clear();
        p.AddWithValue("$article_id", a.Id);
        p.AddWithValue("$hash", r.Fingerprint.ContentHash);
        p.AddWithValue("$simhash", unchecked((long)r.Fingerprint.SimHash));
        p.AddWithValue("$duplicate_of", r.DuplicateOf is { } d ? IdOf(d) : DBNull.Value);
        p.AddWithValue("$url", Db(a.Url));
        p.AddWithValue("$title", Db(a.Title));
        p.AddWithValue("$text", a.Text);
        p.AddWithValue("$published", Db(a.Published?.ToIsoString()));
        p.AddWithValue("$published_date", Db(SqliteDates.Day(a.Published?.Date)));
        p.AddWithValue("$language", Db(a.Language));
        p.AddWithValue("$source", Db(a.Source));
        p.AddWithValue("$format", ContractJson.FormatName(a.Format));
        p.AddWithValue("$outlet", r.Outlet);
        p.AddWithValue("$tone", r.Tone);
        p.AddWithValue("$run", _runId);
        var id = Convert.ToInt64(_article.ExecuteScalar(), CultureInfo.InvariantCulture);
        _ids[r.Fingerprint.ContentHash] = id;
        return id;
    }

    public void InsertSighting(string contentHash, string key)
    {
        var p = _sighting.Parameters;
        p.Clear();
        p.AddWithValue("$key", key);
        p.AddWithValue("$run", _runId);
        p.AddWithValue("$hash", contentHash);
        _sighting.ExecuteNonQuery();
    }

    public void InsertMention(long articleId, EntityMention m)
    {
        var p = _mention.Parameters;
        p.Clear();
        p.AddWithValue("$article", articleId);
        p.AddWithValue("$start", m.Range.Start);
        p.AddWithValue("$end", m.Range.End);
        p.AddWithValue("$type", m.Type.ToString().ToLowerInvariant());
        p.AddWithValue("$text", m.Text);
        p.AddWithValue("$kb_id", Db(m.KbId));
        p.AddWithValue("$name", Db(m.Name));
        p.AddWithValue("$actor", Db(m.Actor));
        p.AddWithValue("$country", Db(m.Country));
        p.AddWithValue("$lat", m.Lat is { } lat ? lat : DBNull.Value);
        p.AddWithValue("$lon", m.Lon is { } lon ? lon : DBNull.Value);
        _mention.ExecuteNonQuery();
    }

    public void UpsertEvent(Happening h, long articleId)
    {
        var e = h.First;
        var p = _event.Parameters;
        p.Clear();
        p.AddWithValue("$id", h.Id);
        p.AddWithValue("$key", h.Key);
        p.AddWithValue("$code", e.Code);
        p.AddWithValue("$root", e.Root);
        p.AddWithValue("$label", e.Label);
        p.AddWithValue("$quad", e.QuadClass);
        p.AddWithValue("$goldstein", e.Goldstein);
        p.AddWithValue("$modality", e.Modality.ToString().ToLowerInvariant());
        AddActor(p, "$s_", e.Source);
        AddActor(p, "$t_", e.Target);
        p.AddWithValue("$l_name", Db(e.Location?.Name));
        p.AddWithValue("$l_id", Db(e.Location?.Id));
        p.AddWithValue("$l_country", Db(e.Location?.Country));
        p.AddWithValue("$l_lat", e.Location?.Lat is { } lat ? lat : DBNull.Value);
        p.AddWithValue("$l_lon", e.Location?.Lon is { } lon ? lon : DBNull.Value);
        p.AddWithValue("$d_value", Db(e.Date.Value));
        p.AddWithValue("$d_precision", SqliteDates.Precision(e.Date));
        p.AddWithValue("$d_from", Db(SqliteDates.Day(e.Date.From)));
        p.AddWithValue("$d_to", Db(SqliteDates.Day(e.Date.To)));
        p.AddWithValue("$d_anchor", Db(e.Date.Anchor));
        p.AddWithValue("$article", articleId);
        p.AddWithValue("$at", _at);
        _event.ExecuteNonQuery();
    }

    public void InsertEventMention(long eventId, long articleId, CodedEvent e)
    {
        var p = _eventMention.Parameters;
        p.Clear();
        p.AddWithValue("$event", eventId);
        p.AddWithValue("$article", articleId);
        p.AddWithValue("$sentence", e.Sentence);
        p.AddWithValue("$start", e.Range.Start);
        p.AddWithValue("$end", e.Range.End);
        p.AddWithValue("$evidence", e.Evidence);
        p.AddWithValue("$pattern", e.Pattern);
        p.AddWithValue("$modality", e.Modality.ToString().ToLowerInvariant());
        p.AddWithValue("$s_text", e.Source.Text);
        p.AddWithValue("$t_text", Db(e.Target?.Text));
        _eventMention.ExecuteNonQuery();
    }

    public void Recount(long eventId)
    {
        _recount.Parameters.Clear();
        _recount.Parameters.AddWithValue("$id", eventId);
        _recount.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _article.Dispose();
        _sighting.Dispose();
        _mention.Dispose();
        _event.Dispose();
        _eventMention.Dispose();
        _recount.Dispose();
        _findHash.Dispose();
    }

    private long IdOf(string contentHash)
    {
        if (_ids.TryGetValue(contentHash, out var id)) return id;
        _findHash.Parameters.Clear();
        _findHash.Parameters.AddWithValue("$hash", contentHash);
        return Convert.ToInt64(_findHash.ExecuteScalar()
            ?? throw new InvalidOperationException($"near-duplicate original {contentHash} is not stored"), CultureInfo.InvariantCulture);
    }

    private static void AddActor(SqliteParameterCollection p, string prefix, EventActor? a)
    {
        p.AddWithValue(prefix + "text", Db(a?.Text));
        p.AddWithValue(prefix + "id", Db(a?.Id));
        p.AddWithValue(prefix + "name", Db(a?.Name));
        p.AddWithValue(prefix + "actor", Db(a?.Actor));
        p.AddWithValue(prefix + "country", Db(a?.Country));
    }

    private static object Db(string? value) => value is null ? DBNull.Value : value;
}
