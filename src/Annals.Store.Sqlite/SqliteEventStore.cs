using System.Globalization;
using System.Text.Json;
using Annals.Diagnostics;
using Annals.Events;
using Annals.Understanding.Times;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace Annals.Store.Sqlite;

/// <summary>The default store: one SQLite file in WAL mode, schema migrations applied on open.</summary>
/// <remarks>
/// Each <see cref="Commit"/> is one transaction; with WAL and <c>synchronous=NORMAL</c> a process killed at any
/// point leaves the file consistent and every committed batch in it (a power cut may lose the last commits,
/// never corrupt the file). One instance holds one connection and is not thread-safe; other processes may read
/// while one writes.
/// </remarks>
public sealed class SqliteEventStore : IEventStore
{
    private readonly SqliteConnection _connection;
    private BulkStatement? _findArticle;
    private SqliteBatchWriter? _writer;

    private SqliteEventStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Location = "sqlite:" + path;
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <summary>The schema version this build writes.</summary>
    public static int SchemaVersion => SqliteMigrations.All[^1].Version;

    /// <summary>Opens (creating when missing) a store file and brings its schema up to date.</summary>
    public static SqliteEventStore Open(string path, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var full = Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        SqliteProcessSettings.Apply();
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
            // Every batch adds entries all over the indexes keyed by hashes (content hashes, event ids, evidence by
            // event), so it rewrites most of their pages. A checkpoint every 4,000 log pages (16 MB) instead of 1,000
            // copies such a page into the file once where it was copied up to four times, with a quarter of the syncs.
            Execute(connection, "PRAGMA wal_autocheckpoint=4000");
            Migrate(connection, clock);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new AnnalsException(ErrorCodes.StoreUnreadable, $"{full}: cannot be opened as an Annals store: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new SqliteEventStore(connection, full);
    }

    private static void Migrate(SqliteConnection connection, IClock clock)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)");
        var current = Convert.ToInt32(Scalar(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"), CultureInfo.InvariantCulture);
        if (current > SchemaVersion)
            throw new AnnalsException(ErrorCodes.StoreSchemaTooNew, $"the store has schema version {current}; this Annals knows up to {SchemaVersion}: upgrade Annals");
        foreach (var migration in SqliteMigrations.All.Where(m => m.Version > current))
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, migration.Sql, tx);
            using var record = Command(connection, "INSERT INTO schema_migrations (version, name, applied) VALUES ($v, $n, $a)", tx);
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$n", migration.Name);
            record.Parameters.AddWithValue("$a", InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()));
            record.ExecuteNonQuery();
            tx.Commit();
        }
    }

    /// <inheritdoc />
    public ArticleLookup FindArticle(string contentHash, string sighting)
    {
        // Asked once per article read: prepared once and bound through the C API, as the batch's rows are.
        _findArticle ??= new BulkStatement(_connection, """
            SELECT EXISTS (SELECT 1 FROM sightings s WHERE s.article_id = a.id AND s.key = $k)
            FROM articles a WHERE a.content_hash = $h
            """);
        return _findArticle.Bind("$k", sighting).Bind("$h", contentHash).RunScalar() switch
        {
            null => ArticleLookup.New,
            1 => ArticleLookup.AlreadyStored,
            _ => ArticleLookup.Duplicate,
        };
    }

    /// <inheritdoc />
    public IReadOnlyList<ArticleFingerprint> Originals()
    {
        using var cmd = Command(_connection, "SELECT content_hash, simhash FROM articles WHERE duplicate_of IS NULL ORDER BY id");
        using var reader = cmd.ExecuteReader();
        var list = new List<ArticleFingerprint>();
        while (reader.Read()) list.Add(new ArticleFingerprint(reader.GetString(0), unchecked((ulong)reader.GetInt64(1))));
        return list;
    }

    /// <inheritdoc />
    public long StartRun(Instant started, IReadOnlyList<string> inputs)
    {
        using var cmd = Command(_connection, "INSERT INTO runs (started, inputs) VALUES ($s, $i) RETURNING id");
        cmd.Parameters.AddWithValue("$s", InstantPattern.ExtendedIso.Format(started));
        cmd.Parameters.AddWithValue("$i", JsonSerializer.Serialize(inputs));
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public void FinishRun(long runId, Instant finished, IngestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var cmd = Command(_connection, "UPDATE runs SET finished = $f, counts = $c WHERE id = $id");
        cmd.Parameters.AddWithValue("$f", InstantPattern.ExtendedIso.Format(finished));
        cmd.Parameters.AddWithValue("$c", JsonSerializer.Serialize(new Dictionary<string, int>
        {
            ["inputs"] = summary.Inputs, ["read"] = summary.Read, ["skipped"] = summary.Skipped, ["rejected"] = summary.Rejected,
            ["duplicates"] = summary.Duplicates, ["stored"] = summary.Stored, ["nearDuplicates"] = summary.NearDuplicates,
            ["eventMentions"] = summary.EventMentions, ["failedInputs"] = summary.FailedInputs,
        }));
        cmd.Parameters.AddWithValue("$id", runId);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Commit(StoreBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var tx = _connection.BeginTransaction();
        var writer = _writer ??= new SqliteBatchWriter(_connection);
        writer.Begin(batch.RunId, InstantPattern.ExtendedIso.Format(batch.At));
        var tallies = EventTally.Of(batch.Articles);
        var stored = new List<long>();
        foreach (var record in batch.Articles)
        {
            var articleId = writer.InsertArticle(record);
            writer.InsertSighting(articleId, record.Sighting);
            foreach (var happening in record.Happenings)
            {
                var tally = tallies[happening.Id];
                if (!tally.Written)
                {
                    tally.Written = true;
                    if (!writer.InsertEvent(happening, articleId, tally)) stored.Add(happening.Id);
                }
                foreach (var report in happening.Reports) writer.InsertEventMention(happening.Id, articleId, report);
            }
        }
        foreach (var sighting in batch.Sightings) writer.InsertSighting(sighting.ContentHash, sighting.Key);
        foreach (var id in stored) writer.Recount(id);
        tx.Commit();
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var cmd = Command(_connection, "");
        var where = Where(query, cmd);
        cmd.CommandText = $"""
            SELECT e.id, e.code, e.label, e.quad_class, e.goldstein, e.modality,
                   e.source_text, e.source_id, e.source_name, e.source_actor, e.source_country,
                   e.target_text, e.target_id, e.target_name, e.target_actor, e.target_country,
                   e.location_name, e.location_id, e.location_country, e.location_lat, e.location_lon,
                   e.date_precision, e.date_from, e.date_to, e.date_anchor,
                   fm.sentence, fm.char_start, fm.char_end, fm.evidence, fm.pattern,
                   COALESCE(a.url, a.source), a.published_date,
                   e.num_mentions, e.num_sources, e.num_articles, e.avg_tone, e.first_seen, e.last_seen
            FROM events e
            JOIN articles a ON a.id = e.first_article
            JOIN event_mentions fm ON fm.id = (SELECT MIN(m.id) FROM event_mentions m WHERE m.event_id = e.id)
            {where}
            ORDER BY e.date_from IS NULL, e.date_from, e.date_to, a.published_date IS NULL, a.published_date, e.first_seen, e.id
            {(query.Limit is { } limit ? "LIMIT " + limit.ToString(CultureInfo.InvariantCulture) : "")}
            """;
        var events = new List<StoredEvent>();
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read()) events.Add(ReadEvent(r));
        }
        using var articles = Command(_connection, """
            SELECT a.article_id FROM event_mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.event_id = $id GROUP BY a.id ORDER BY MIN(m.id)
            """);
        var idParameter = articles.Parameters.Add("$id", SqliteType.Integer);
        for (var i = 0; i < events.Count; i++)
        {
            idParameter.Value = events[i].Id;
            var ids = new List<string>();
            using (var r = articles.ExecuteReader())
            {
                while (r.Read()) ids.Add(r.GetString(0));
            }
            events[i] = events[i] with { Articles = ids };
        }
        return events;
    }

    /// <inheritdoc />
    public StoreCounts Counts()
    {
        long Count(string sql) => Convert.ToInt64(Scalar(_connection, sql), CultureInfo.InvariantCulture);
        return new StoreCounts(
            Count("SELECT COUNT(*) FROM articles"),
            Count("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"),
            Count("SELECT COUNT(*) FROM sightings"),
            Count("SELECT COALESCE(SUM(json_array_length(mentions)), 0) FROM articles"),
            Count("SELECT COUNT(*) FROM events"),
            Count("SELECT COUNT(*) FROM event_mentions"),
            Count("SELECT COUNT(*) FROM runs"));
    }

    /// <inheritdoc />
    public IReadOnlyList<RootMonthCount> CountByRootAndMonth(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var cmd = Command(_connection, "");
        var where = Where(query, cmd);
        cmd.CommandText = $"""
            SELECT e.root,
                   CASE WHEN substr(e.date_from, 1, 7) = substr(e.date_to, 1, 7) THEN substr(e.date_from, 1, 7) END AS month,
                   COUNT(*), SUM(e.num_mentions)
            FROM events e {where}
            GROUP BY e.root, month ORDER BY e.root, month IS NULL, month
            """;
        using var r = cmd.ExecuteReader();
        var list = new List<RootMonthCount>();
        while (r.Read()) list.Add(new RootMonthCount(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt64(2), r.GetInt64(3)));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<IReadOnlyList<string>> ExactDuplicateGroups()
    {
        using var cmd = Command(_connection, """
            SELECT article_id, key FROM sightings
            WHERE article_id IN (SELECT article_id FROM sightings GROUP BY article_id HAVING COUNT(*) > 1)
            ORDER BY article_id, key
            """);
        using var r = cmd.ExecuteReader();
        var groups = new List<IReadOnlyList<string>>();
        long last = -1;
        List<string>? current = null;
        while (r.Read())
        {
            if (r.GetInt64(0) != last)
            {
                last = r.GetInt64(0);
                groups.Add(current = []);
            }
            current!.Add(r.GetString(1));
        }
        return groups;
    }

    /// <inheritdoc />
    public IReadOnlyList<(string Article, string Original)> NearDuplicates()
    {
        using var cmd = Command(_connection, """
            SELECT (SELECT MIN(key) FROM sightings WHERE article_id = a.id), (SELECT MIN(key) FROM sightings WHERE article_id = a.duplicate_of)
            FROM articles a WHERE a.duplicate_of IS NOT NULL ORDER BY a.id
            """);
        using var r = cmd.ExecuteReader();
        var list = new List<(string, string)>();
        while (r.Read()) list.Add((r.GetString(0), r.GetString(1)));
        return list;
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c>: "ok" when the file is sound.</summary>
    public string IntegrityCheck() => Convert.ToString(Scalar(_connection, "PRAGMA integrity_check"), CultureInfo.InvariantCulture) ?? "";

    /// <inheritdoc />
    public void Dispose()
    {
        _findArticle?.Dispose();
        _writer?.Dispose();
        _connection.Dispose();
    }

    private static string Where(EventQuery q, SqliteCommand cmd)
    {
        var clauses = new List<string>();
        if (q.Actor is { Length: > 0 } actor)
        {
            clauses.Add("""
                (e.source_id = $actor OR e.target_id = $actor OR e.source_name = $actor COLLATE NOCASE OR e.target_name = $actor COLLATE NOCASE
                 OR e.source_actor LIKE $actorPrefix ESCAPE '\' OR e.target_actor LIKE $actorPrefix ESCAPE '\')
                """);
            cmd.Parameters.AddWithValue("$actor", actor);
            cmd.Parameters.AddWithValue("$actorPrefix", Escape(actor.ToUpperInvariant()) + "%");
        }
        if (q.Country is { Length: > 0 } country)
        {
            clauses.Add("(e.source_country = $country OR e.target_country = $country)");
            cmd.Parameters.AddWithValue("$country", country.ToUpperInvariant());
        }
        if (q.Code is { Length: > 0 } code)
        {
            clauses.Add("e.code LIKE $code ESCAPE '\\'");
            cmd.Parameters.AddWithValue("$code", Escape(code) + "%");
        }
        if (q.Root is { Length: > 0 } root)
        {
            clauses.Add("e.root = $root");
            cmd.Parameters.AddWithValue("$root", root.PadLeft(2, '0'));
        }
        if (q.From is { } from)
        {
            clauses.Add("COALESCE(e.date_to, e.date_from) >= $from");
            cmd.Parameters.AddWithValue("$from", LocalDatePattern.Iso.Format(from));
        }
        if (q.To is { } to)
        {
            clauses.Add("COALESCE(e.date_from, e.date_to) <= $to");
            cmd.Parameters.AddWithValue("$to", LocalDatePattern.Iso.Format(to));
        }
        if (q.Modality is { } modality)
        {
            clauses.Add("e.modality = $modality");
            cmd.Parameters.AddWithValue("$modality", modality.ToString().ToLowerInvariant());
        }
        return clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static StoredEvent ReadEvent(SqliteDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
        var target = S(11) is { } targetText
            ? new StoredActor { Text = targetText, Id = S(12), Name = S(13), Actor = S(14), Country = S(15) }
            : null;
        var location = S(16) is { } locationName
            ? new EventLocation(locationName, S(18), D(19), D(20)) { Id = S(17) }
            : null;
        return new StoredEvent
        {
            Id = r.GetInt64(0),
            Code = r.GetString(1),
            Label = r.GetString(2),
            QuadClass = r.GetInt32(3),
            Goldstein = r.GetDouble(4),
            Modality = Enum.Parse<Modality>(r.GetString(5), ignoreCase: true),
            Source = new StoredActor { Text = r.GetString(6), Id = S(7), Name = S(8), Actor = S(9), Country = S(10) },
            Target = target,
            Location = location,
            Date = SqliteDates.Read(r.GetString(21), S(22), S(23), S(24)),
            Sentence = r.GetInt32(25),
            Start = r.GetInt32(26),
            End = r.GetInt32(27),
            Evidence = r.GetString(28),
            Pattern = r.GetString(29),
            SourceUrl = S(30),
            Published = S(31) is { } p ? LocalDatePattern.Iso.Parse(p).Value : null,
            NumMentions = r.GetInt32(32),
            NumSources = r.GetInt32(33),
            NumArticles = r.GetInt32(34),
            AvgTone = r.GetDouble(35),
            FirstSeen = InstantPattern.ExtendedIso.Parse(r.GetString(36)).Value,
            LastSeen = InstantPattern.ExtendedIso.Parse(r.GetString(37)).Value,
            Articles = [],
        };
    }

    internal static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = Command(connection, sql, tx);
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = Command(connection, sql);
        return cmd.ExecuteScalar();
    }
}
