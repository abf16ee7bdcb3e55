using Annals.Events;
using Annals.Events.Aggregation;
using Annals.Output;
using Annals.Reading;
using Microsoft.Data.Sqlite;

namespace Annals.Store.Sqlite;

/// <summary>The prepared statements that write batches, prepared once per connection and reused row after row, batch after batch.</summary>
internal sealed class SqliteBatchWriter : IDisposable
{
    private readonly BulkStatement _article;
    private readonly BulkStatement _articleSighting;
    private readonly BulkStatement _sighting;
    private readonly BulkStatement _event;
    private readonly BulkStatement _eventMention;
    private readonly BulkStatement _recount;
    private readonly BulkStatement _findHash;
    private readonly MentionsColumn _mentions = new();
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private long _runId;
    private string _at = "";

    public SqliteBatchWriter(SqliteConnection connection)
    {
        _article = new BulkStatement(connection, """
            INSERT INTO articles (article_id, content_hash, simhash, duplicate_of, url, title, text, published, published_date,
                                  language, source, format, outlet, tone, ingested_run, mentions)
            VALUES ($article_id, $hash, $simhash, $duplicate_of, $url, $title, $text, $published, $published_date,
                    $language, $source, $format, $outlet, $tone, $run, $mentions)
            """);
        _articleSighting = new BulkStatement(connection,
            "INSERT OR IGNORE INTO sightings (article_id, key, run_id) VALUES ($article, $key, $run)");
        _sighting = new BulkStatement(connection,
            "INSERT OR IGNORE INTO sightings (article_id, key, run_id) SELECT id, $key, $run FROM articles WHERE content_hash = $hash");
        // A new event is written once with its counts; a stored one is left to the recount.
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
                $article, $mentions, $sources, $articles, ROUND($tone, 4), $at, $at)
            ON CONFLICT (id) DO NOTHING
            """);
        _eventMention = new BulkStatement(connection, """
            INSERT INTO event_mentions (event_id, article_id, sentence, char_start, char_end, evidence, pattern, modality, source_text, target_text)
            VALUES ($event, $article, $sentence, $start, $end, $evidence, $pattern, $modality, $s_text, $t_text)
            """);
        // Counts are recomputed from the evidence rather than incremented, so they are right by construction.
        _recount = new BulkStatement(connection, """
            UPDATE events SET
                last_seen    = $at,
                num_mentions = (SELECT COUNT(*) FROM event_mentions m WHERE m.event_id = events.id),
                num_articles = (SELECT COUNT(DISTINCT m.article_id) FROM event_mentions m WHERE m.event_id = events.id),
                num_sources  = (SELECT COUNT(DISTINCT a.outlet) FROM articles a WHERE a.id IN (SELECT m.article_id FROM event_mentions m WHERE m.event_id = events.id)),
                avg_tone     = (SELECT COALESCE(ROUND(AVG(a.tone), 4), 0) FROM articles a WHERE a.id IN (SELECT m.article_id FROM event_mentions m WHERE m.event_id = events.id))
            WHERE id = $id
            """);
        _findHash = new BulkStatement(connection, "SELECT id FROM articles WHERE content_hash = $hash");
    }

    /// <summary>Starts a batch: its run and time stamp every row it writes.</summary>
    public void Begin(long runId, string at)
    {
        _runId = runId;
        _at = at;
        _ids.Clear();
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
            .Bind("$format", FormatNames[(int)a.Format])
            .Bind("$outlet", r.Outlet)
            .Bind("$tone", r.Tone)
            .Bind("$run", _runId);
        if (r.Mentions.Count == 0) _article.Bind("$mentions", (string?)null);
        else _article.Bind("$mentions", _mentions.Write(r.Mentions));
        // The new row's id is read from the connection: a RETURNING clause would cost a temporary table per row.
        var id = _article.RunInsert();
        _ids[r.Fingerprint.ContentHash] = id;
        return id;
    }

    /// <summary>Records where a new article was read.</summary>
    public void InsertSighting(long articleId, string key)
    {
        _articleSighting.Bind("$article", articleId).Bind("$key", key).Bind("$run", _runId).Run();
    }

    /// <summary>Records another place where stored content was read.</summary>
    public void InsertSighting(string contentHash, string key)
    {
        _sighting.Bind("$key", key).Bind("$run", _runId).Bind("$hash", contentHash).Run();
    }

    /// <summary>Inserts the happening as a new event with the batch's counts, or marks the stored event seen again; true when inserted.</summary>
    public bool InsertEvent(Happening h, long articleId, EventTally tally)
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
        BindActor(_event, SourceNames, e.Source);
        BindActor(_event, TargetNames, e.Target);
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
            .Bind("$mentions", tally.Mentions)
            .Bind("$sources", tally.Sources)
            .Bind("$articles", tally.Articles)
            .Bind("$tone", tally.Tone)
            .Bind("$at", _at);
        // Whether the row was inserted, from the connection's count of changed rows (not RETURNING: see InsertArticle).
        return _event.RunChanges() == 1;
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

    /// <summary>Recomputes a stored event's counts from its evidence and marks it seen by this batch.</summary>
    public void Recount(long eventId) => _recount.Bind("$at", _at).Bind("$id", eventId).Run();

    public void Dispose()
    {
        _article.Dispose();
        _articleSighting.Dispose();
        _sighting.Dispose();
        _event.Dispose();
        _eventMention.Dispose();
        _recount.Dispose();
        _findHash.Dispose();
        _mentions.Dispose();
    }

    private long IdOf(string contentHash)
    {
        if (_ids.TryGetValue(contentHash, out var id)) return id;
        return _findHash.Bind("$hash", contentHash).RunScalar()
            ?? throw new InvalidOperationException($"near-duplicate original {contentHash} is not stored");
    }

    private static void BindActor(BulkStatement statement, string[] names, EventActor? a)
    {
        statement.Bind(names[0], a?.Text)
            .Bind(names[1], a?.Id)
            .Bind(names[2], a?.Name)
            .Bind(names[3], a?.Actor)
            .Bind(names[4], a?.Country);
    }

    private static readonly string[] SourceNames = ["$s_text", "$s_id", "$s_name", "$s_actor", "$s_country"];
    private static readonly string[] TargetNames = ["$t_text", "$t_id", "$t_name", "$t_actor", "$t_country"];

    private static string ModalityName(Modality modality) => ModalityNames[(int)modality];

    // The stored spellings, made once rather than per row.
    private static readonly string[] ModalityNames = [.. Enum.GetNames<Modality>().Select(n => n.ToLowerInvariant())];
    private static readonly string[] FormatNames = [.. Enum.GetValues<ArticleFormat>().Select(ContractJson.FormatName)];
}
