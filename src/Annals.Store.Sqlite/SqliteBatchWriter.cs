using Annals.Events;
using Annals.Events.Aggregation;
using Annals.Output;
using Annals.Understanding.Entities;
using Microsoft.Data.Sqlite;

namespace Annals.Store.Sqlite;

/// <summary>The prepared statements of one batch's transaction, reused row after row.</summary>
internal sealed class SqliteBatchWriter : IDisposable
{
    private readonly BulkStatement _article;
    private readonly BulkStatement _sighting;
    private readonly BulkStatement _mention;
    private readonly BulkStatement _event;
    private readonly BulkStatement _eventMention;
    private readonly BulkStatement _recount;
    private readonly BulkStatement _findHash;
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly long _runId;
    private readonly string _at;

    public SqliteBatchWriter(SqliteConnection connection, long runId, string at)
    {
        _runId = runId;
        _at = at;
        _article = new BulkStatement(connection, """
            INSERT INTO articles (article_id, content_hash, simhash, duplicate_of, url, title, text, published, published_date,
                                  language, source, format, outlet, tone, ingested_run)
            VALUES ($article_id, $hash, $simhash, $duplicate_of, $url, $title, $text, $published, $published_date,
                    $language, $source, $format, $outlet, $tone, $run)
            RETURNING id
            """);
        _sighting = new BulkStatement(connection,
            "INSERT OR IGNORE INTO sightings (article_id, key, run_id) SELECT id, $key, $run FROM articles WHERE content_hash = $hash");
        _mention = new BulkStatement(connection, """
            INSERT INTO mentions (article_id, char_start, char_end, type, text, kb_id, name, actor, country, lat, lon)
            VALUES ($article, $start, $end, $type, $text, $kb_id, $name, $actor, $country, $lat, $lon)
            """);
        _event = new BulkStatement(connection, """
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
            """);
        _eventMention = new BulkStatement(connection, """
            INSERT INTO event_mentions (event_id, article_id, sentence, char_start, char_end, evidence, pattern, modality, source_text, target_text)
            VALUES ($event, $article, $sentence, $start, $end, $evidence, $pattern, $modality, $s_text, $t_text)
            """);
        // Counts are recomputed from the evidence rather than incremented, so they are right by construction.
        _recount = new BulkStatement(connection, """
            UPDATE events SET
                num_mentions = (SELECT COUNT(*) FROM event_mentions m WHERE m.event_id = events.id),
                num_articles = (SELECT COUNT(DISTINCT m.article_id) FROM event_mentions m WHERE m.event_id = events.id),
                num_sources  = (SELECT COUNT(DISTINCT a.outlet) FROM articles a WHERE a.id IN (SELECT m.article_id FROM event_mentions m WHERE m.event_id = events.id)),
                avg_tone     = (SELECT COALESCE(ROUND(AVG(a.tone), 4), 0) FROM articles a WHERE a.id IN (SELECT m.article_id FROM event_mentions m WHERE m.event_id = events.id))
            WHERE id = $id
            """);
        _findHash = new BulkStatement(connection, "SELECT id FROM articles WHERE content_hash = $hash");
    }

    public long InsertArticle(ArticleRecord r)
    {
        var a = r.Article;
        _article.Bind("$article_id", a.Id)
            .Bind("$hash", r.Fingerprint.ContentHash)
            .Bind("$simhash", unchecked((long)r.Fingerprint.SimHash))
            .Bind("$duplicate_of", r.DuplicateOf is { } d ? IdOf(d) : null)
            .Bind("$url", a.Url)
            .Bind("$title", a.Title)
            .Bind("$text", a.Text)
            .Bind("$published", a.Published?.ToIsoString())
            .Bind("$published_date", SqliteDates.Day(a.Published?.Date))
            .Bind("$language", a.Language)
            .Bind("$source", a.Source)
            .Bind("$format", ContractJson.FormatName(a.Format))
            .Bind("$outlet", r.Outlet)
            .Bind("$tone", r.Tone)
            .Bind("$run", _runId);
        var id = _article.RunScalar() ?? throw new InvalidOperationException("the article insert returned no id");
        _ids[r.Fingerprint.ContentHash] = id;
        return id;
    }

    public void InsertSighting(string contentHash, string key)
    {
        _sighting.Bind("$key", key).Bind("$run", _runId).Bind("$hash", contentHash).Run();
    }

    public void InsertMention(long articleId, EntityMention m)
    {
        _mention.Bind("$article", articleId)
            .Bind("$start", m.Range.Start)
            .Bind("$end", m.Range.End)
            .Bind("$type", TypeName(m.Type))
            .Bind("$text", m.Text)
            .Bind("$kb_id", m.KbId)
            .Bind("$name", m.Name)
            .Bind("$actor", m.Actor)
            .Bind("$country", m.Country)
            .Bind("$lat", m.Lat)
            .Bind("$lon", m.Lon)
            .Run();
    }

    public void UpsertEvent(Happening h, long articleId)
    {
        var e = h.First;
        _event.Bind("$id", h.Id)
            .Bind("$key", h.Key)
            .Bind("$code", e.Code)
            .Bind("$root", e.Root)
            .Bind("$label", e.Label)
            .Bind("$quad", e.QuadClass)
            .Bind("$goldstein", e.Goldstein)
            .Bind("$modality", ModalityName(e.Modality));
        BindActor(_event, "$s_", e.Source);
        BindActor(_event, "$t_", e.Target);
        _event.Bind("$l_name", e.Location?.Name)
            .Bind("$l_id", e.Location?.Id)
            .Bind("$l_country", e.Location?.Country)
            .Bind("$l_lat", e.Location?.Lat)
            .Bind("$l_lon", e.Location?.Lon)
            .Bind("$d_value", e.Date.Value)
            .Bind("$d_precision", SqliteDates.Precision(e.Date))
            .Bind("$d_from", SqliteDates.Day(e.Date.From))
            .Bind("$d_to", SqliteDates.Day(e.Date.To))
            .Bind("$d_anchor", e.Date.Anchor)
            .Bind("$article", articleId)
            .Bind("$at", _at)
            .Run();
    }

    public void InsertEventMention(long eventId, long articleId, CodedEvent e)
    {
        _eventMention.Bind("$event", eventId)
            .Bind("$article", articleId)
            .Bind("$sentence", e.Sentence)
            .Bind("$start", e.Range.Start)
            .Bind("$end", e.Range.End)
            .Bind("$evidence", e.Evidence)
            .Bind("$pattern", e.Pattern)
            .Bind("$modality", ModalityName(e.Modality))
            .Bind("$s_text", e.Source.Text)
            .Bind("$t_text", e.Target?.Text)
            .Run();
    }

    public void Recount(long eventId) => _recount.Bind("$id", eventId).Run();

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
        return _findHash.Bind("$hash", contentHash).RunScalar()
            ?? throw new InvalidOperationException($"near-duplicate original {contentHash} is not stored");
    }

    private static void BindActor(BulkStatement statement, string prefix, EventActor? a)
    {
        statement.Bind(prefix + "text", a?.Text)
            .Bind(prefix + "id", a?.Id)
            .Bind(prefix + "name", a?.Name)
            .Bind(prefix + "actor", a?.Actor)
            .Bind(prefix + "country", a?.Country);
    }

    private static string TypeName(EntityType type) => TypeNames[(int)type];

    private static string ModalityName(Modality modality) => ModalityNames[(int)modality];

    // The stored spellings, made once rather than per row.
    private static readonly string[] TypeNames = [.. Enum.GetNames<EntityType>().Select(n => n.ToLowerInvariant())];
    private static readonly string[] ModalityNames = [.. Enum.GetNames<Modality>().Select(n => n.ToLowerInvariant())];
}
