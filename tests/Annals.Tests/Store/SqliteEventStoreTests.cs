using Annals.Diagnostics;
using Annals.Store;
using Annals.Store.Sqlite;
using Annals.Text;
using Annals.Understanding.Entities;
using Annals.Understanding.Times;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Testing;

namespace Annals.Tests.Store;

/// <summary>The store contract on SQLite, plus what only SQLite has: the file, WAL and migrations.</summary>
public sealed class SqliteEventStoreTests : EventStoreContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("annals-store-").FullName;
    private readonly FakeClock _clock = new(StoreFixtures.At);

    private string PathOf(string name) => Path.Combine(_folder, name + ".db");

    protected override IEventStore OpenNew(string name) => new EventStoreBuilder().UseSqlite(PathOf(name), _clock).Build();

    protected override IEventStore Reopen(string name) => new EventStoreBuilder().UseSqlite(PathOf(name), _clock).Build();

    [Fact]
    public void Opening_applies_every_migration_once_and_uses_WAL()
    {
        using (var store = OpenNew("schema")) { }
        using (var store = Reopen("schema")) { }
        using var connection = new SqliteConnection($"Data Source={PathOf("schema")};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*), MAX(version) FROM schema_migrations";
        using (var r = cmd.ExecuteReader())
        {
            r.Read();
            Assert.Equal(SqliteMigrations.All.Count, r.GetInt32(0));
            Assert.Equal(SqliteEventStore.SchemaVersion, r.GetInt32(1));
        }
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
    }

    [Fact]
    public void Mentions_are_kept_with_their_article_and_read_back_through_the_mentions_view()
    {
        var record = StoreFixtures.Record("Zürich's \"Kunsthaus\" reopened while Ukraine's leaders met.", "a#1", []) with
        {
            Mentions =
            [
                new EntityMention { Range = new TextRange(0, 8), FirstToken = 0, EndToken = 1, Text = "Zürich's", Type = EntityType.Place, KbId = "geonames:2657896", Name = "Zürich", Country = "CHE", Lat = 47.36667, Lon = 8.0 },
                new EntityMention { Range = new TextRange(9, 20), FirstToken = 2, EndToken = 3, Text = "\"Kunsthaus\"", Type = EntityType.Organization },
            ],
        };
        using (var store = OpenNew("mentions"))
        {
            store.Commit(StoreFixtures.Batch(store.StartRun(StoreFixtures.At, ["a"]), record));
            Assert.Equal(2, store.Counts().Mentions);
        }
        var rows = Query(PathOf("mentions"), "SELECT char_start, char_end, type, text, kb_id, name, actor, country, lat, lon FROM mentions");
        Assert.Equal(new List<object?[]>
        {
            new object?[] { 0L, 8L, "place", "Zürich's", "geonames:2657896", "Zürich", null, "CHE", 47.36667, 8.0 },
            new object?[] { 9L, 20L, "organization", "\"Kunsthaus\"", null, null, null, null, null, null },
        }, rows);
    }

    [Fact]
    public void A_version_1_store_is_upgraded_keeping_its_mentions()
    {
        var path = PathOf("v1");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL);" +
                SqliteMigrations.All[0].Sql + """
                ;
                INSERT INTO schema_migrations VALUES (1, 'first', '2026-01-01T00:00:00Z');
                INSERT INTO runs (id, started, inputs) VALUES (1, '2026-01-01T00:00:00Z', '[]');
                INSERT INTO articles (id, article_id, content_hash, simhash, text, format, outlet, tone, ingested_run)
                    VALUES (1, 'a1', 'h1', 0, 'Kyiv and Paris.', 'text', 'x', 0, 1), (2, 'a2', 'h2', 0, 'Nothing named.', 'text', 'x', 0, 1);
                INSERT INTO mentions (article_id, char_start, char_end, type, text, kb_id, name, actor, country, lat, lon)
                    VALUES (1, 10, 15, 'place', 'Paris', 'geonames:2988507', 'Paris', NULL, 'FRA', 48.85341, 2.3488),
                           (1, 0, 4, 'place', 'Kyiv', 'geonames:703448', 'Kyiv', 'UKR', 'UKR', 50.0, 30.5238);
                """;
            cmd.ExecuteNonQuery();
        }
        using (var store = Reopen("v1"))
        {
            Assert.Equal(new StoreCounts(2, 0, 0, 2, 0, 0, 1), store.Counts());
        }
        // Mention rows keep their article and their order (the order they were stored in, not their offsets).
        Assert.Equal(new List<object?[]>
        {
            new object?[] { 1L, 10L, 15L, "place", "Paris", "geonames:2988507", "Paris", null, "FRA", 48.85341, 2.3488 },
            new object?[] { 1L, 0L, 4L, "place", "Kyiv", "geonames:703448", "Kyiv", "UKR", "UKR", 50.0, 30.5238 },
        }, Query(path, "SELECT * FROM mentions"));
        Assert.Equal((long)SqliteEventStore.SchemaVersion, Query(path, "SELECT MAX(version) FROM schema_migrations")[0][0]);
    }

    [Fact]
    public void A_version_2_store_is_upgraded_keeping_its_events_and_their_evidence()
    {
        var path = PathOf("v2");
        var visit = StoreFixtures.Event("042", "RUSGOV", "KGZ", EventDate.Day(new LocalDate(2024, 4, 30)));
        var stored = StoreFixtures.Record("Putin visited Kyrgyzstan.", "a#1", [visit]).Happenings[0];
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL);" +
                SqliteMigrations.All[0].Sql + ";" + SqliteMigrations.All[1].Sql + """
                ;
                INSERT INTO schema_migrations VALUES (1, 'first', '2026-01-01T00:00:00Z'), (2, 'second', '2026-01-01T00:00:00Z');
                INSERT INTO runs (id, started, inputs) VALUES (1, '2026-01-01T00:00:00Z', '[]');
                INSERT INTO articles (id, article_id, content_hash, simhash, text, format, outlet, tone, ingested_run)
                    VALUES (1, 'a1', 'h1', 0, 'Putin visited Kyrgyzstan.', 'text', 'example.org', 1.5, 1);
                INSERT INTO events (id, key, code, root, label, quad_class, goldstein, modality, source_text, date_value, date_precision,
                                    date_from, date_to, first_article, num_mentions, num_sources, num_articles, avg_tone, first_seen, last_seen)
                    VALUES ($id, $key, '042', '04', 'Make a visit', 1, 1.9, 'asserted', 'Putin', '2024-04-30', 'day',
                            '2024-04-30', '2024-04-30', 1, 1, 1, 1, 1.5, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
                           (-7, 'an earlier event', '010', '01', 'Make statement', 1, 0, 'asserted', 'Putin', NULL, 'unknown',
                            NULL, NULL, 1, 1, 1, 1, 1.5, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
                INSERT INTO event_mentions (id, event_id, article_id, sentence, char_start, char_end, evidence, pattern, modality, source_text)
                    VALUES (3, $id, 1, 0, 0, 24, 'Putin visited Kyrgyzstan.', 'p', 'asserted', 'Putin'),
                           (8, -7, 1, 0, 0, 5, 'Putin visited Kyrgyzstan.', 'q', 'asserted', 'Putin');
                """;
            cmd.Parameters.AddWithValue("$id", stored.Id);
            cmd.Parameters.AddWithValue("$key", stored.Key);
            cmd.ExecuteNonQuery();
        }
        var events = Query(path, "SELECT * FROM events ORDER BY id");
        var evidence = Query(path, "SELECT * FROM event_mentions ORDER BY id");

        using (var store = Reopen("v2")) { }
        Assert.Equal(events, Query(path, "SELECT * FROM events ORDER BY id"));
        Assert.Equal(evidence, Query(path, "SELECT * FROM event_mentions ORDER BY id"));
        Assert.Empty(Query(path, "PRAGMA foreign_key_check"));

        // The upgraded table still finds a stored event by its id: a new report of it is counted, not stored twice.
        using (var store = Reopen("v2"))
        {
            var again = StoreFixtures.Record("Putin went to Kyrgyzstan.", "b#1", [visit], url: "https://news.example.com/b");
            store.Commit(StoreFixtures.Batch(store.StartRun(StoreFixtures.At, ["b"]), again));
            var e = Assert.Single(store.Events(EventQuery.All with { Code = "042" }));
            Assert.Equal(2, e.NumArticles);
            Assert.Equal(2, e.NumSources);
            Assert.Equal(["a1", again.Article.Id], e.Articles);
            Assert.Equal(2, store.Counts().Events);
        }
    }

    private static List<object?[]> Query(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (r.Read())
        {
            var row = new object?[r.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public void A_store_from_a_newer_Annals_is_refused()
    {
        using (var store = OpenNew("newer")) { }
        using (var connection = new SqliteConnection($"Data Source={PathOf("newer")};Pooling=False"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "INSERT INTO schema_migrations VALUES (999, 'from the future', '2099-01-01T00:00:00Z')";
            cmd.ExecuteNonQuery();
        }
        var error = Assert.Throws<AnnalsException>(() => Reopen("newer"));
        Assert.Equal(ErrorCodes.StoreSchemaTooNew, error.Code);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_a_code()
    {
        File.WriteAllText(PathOf("garbage"), new string('x', 4096));
        var error = Assert.Throws<AnnalsException>(() => Reopen("garbage"));
        Assert.Equal(ErrorCodes.StoreUnreadable, error.Code);
    }

    [Fact]
    public void The_builder_needs_a_backend_and_builds_once()
    {
        Assert.Equal(ErrorCodes.StoreConfiguration, Assert.Throws<AnnalsException>(() => new EventStoreBuilder().Build()).Code);
        var builder = new EventStoreBuilder().UseSqlite(PathOf("once"), _clock);
        using var store = builder.Build();
        Assert.Equal(ErrorCodes.StoreConfiguration, Assert.Throws<AnnalsException>(() => builder.Build()).Code);
    }
}
