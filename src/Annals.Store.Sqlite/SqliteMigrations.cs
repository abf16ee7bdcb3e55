namespace Annals.Store.Sqlite;

/// <summary>The schema's history. Append new versions; never edit one that has shipped (stores in the field already ran it).</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<SqliteMigration> All { get; } =
    [
        new(1, "articles, sightings, mentions, events, event mentions, runs", """
            CREATE TABLE runs (
                id        INTEGER PRIMARY KEY,
                started   TEXT NOT NULL,
                finished  TEXT,
                inputs    TEXT NOT NULL,
                counts    TEXT
            );
            CREATE TABLE articles (
                id             INTEGER PRIMARY KEY,
                article_id     TEXT NOT NULL,
                content_hash   TEXT NOT NULL UNIQUE,
                simhash        INTEGER NOT NULL,
                duplicate_of   INTEGER REFERENCES articles(id),
                url            TEXT,
                title          TEXT,
                text           TEXT NOT NULL,
                published      TEXT,
                published_date TEXT,
                language       TEXT,
                source         TEXT,
                format         TEXT NOT NULL,
                outlet         TEXT NOT NULL,
                tone           REAL NOT NULL,
                ingested_run   INTEGER NOT NULL REFERENCES runs(id)
            );
            CREATE INDEX articles_article_id ON articles(article_id);
            CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
            CREATE TABLE sightings (
                article_id INTEGER NOT NULL REFERENCES articles(id),
                key        TEXT NOT NULL,
                run_id     INTEGER NOT NULL REFERENCES runs(id),
                PRIMARY KEY (article_id, key)
            ) WITHOUT ROWID;
            CREATE TABLE mentions (
                id         INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id),
                char_start INTEGER NOT NULL,
                char_end   INTEGER NOT NULL,
                type       TEXT NOT NULL,
                text       TEXT NOT NULL,
                kb_id      TEXT,
                name       TEXT,
                actor      TEXT,
                country    TEXT,
                lat        REAL,
                lon        REAL
            );
            CREATE INDEX mentions_article ON mentions(article_id);
            CREATE INDEX mentions_kb_id ON mentions(kb_id) WHERE kb_id IS NOT NULL;
            CREATE TABLE events (
                id               INTEGER PRIMARY KEY,
                key              TEXT NOT NULL,
                code             TEXT NOT NULL,
                root             TEXT NOT NULL,
                label            TEXT NOT NULL,
                quad_class       INTEGER NOT NULL,
                goldstein        REAL NOT NULL,
                modality         TEXT NOT NULL,
                source_text      TEXT NOT NULL,
                source_id        TEXT,
                source_name      TEXT,
                source_actor     TEXT,
                source_country   TEXT,
                target_text      TEXT,
                target_id        TEXT,
                target_name      TEXT,
                target_actor     TEXT,
                target_country   TEXT,
                location_name    TEXT,
                location_id      TEXT,
                location_country TEXT,
                location_lat     REAL,
                location_lon     REAL,
                date_value       TEXT,
                date_precision   TEXT NOT NULL,
                date_from        TEXT,
                date_to          TEXT,
                date_anchor      TEXT,
                first_article    INTEGER NOT NULL REFERENCES articles(id),
                num_mentions     INTEGER NOT NULL,
                num_sources      INTEGER NOT NULL,
                num_articles     INTEGER NOT NULL,
                avg_tone         REAL NOT NULL,
                first_seen       TEXT NOT NULL,
                last_seen        TEXT NOT NULL
            );
            CREATE INDEX events_date ON events(date_from);
            CREATE INDEX events_source_actor ON events(source_actor);
            CREATE INDEX events_target_actor ON events(target_actor);
            CREATE INDEX events_code ON events(code);
            CREATE TABLE event_mentions (
                id          INTEGER PRIMARY KEY,
                event_id    INTEGER NOT NULL REFERENCES events(id),
                article_id  INTEGER NOT NULL REFERENCES articles(id),
                sentence    INTEGER NOT NULL,
                char_start  INTEGER NOT NULL,
                char_end    INTEGER NOT NULL,
                evidence    TEXT NOT NULL,
                pattern     TEXT NOT NULL,
                modality    TEXT NOT NULL,
                source_text TEXT NOT NULL,
                target_text TEXT
            );
            CREATE INDEX event_mentions_event ON event_mentions(event_id, article_id);
            CREATE INDEX event_mentions_article ON event_mentions(article_id);
            """),
        // Version 2 is about ingest speed: entity mentions move into their article's row (see MentionsColumn) and
        // indexes that no query of Annals uses are dropped, so each stored article costs a few rows, not some thirty.
        new(2, "mentions kept with their article, read through a view; unused indexes dropped", """
            ALTER TABLE articles ADD COLUMN mentions TEXT;
            UPDATE articles SET mentions = (
                SELECT json_group_array(json_array(m.char_start, m.char_end, m.type, m.text, m.kb_id, m.name, m.actor, m.country, m.lat, m.lon) ORDER BY m.id)
                FROM mentions m WHERE m.article_id = articles.id)
            WHERE id IN (SELECT article_id FROM mentions);
            DROP TABLE mentions;
            -- JSON writes 142.0 as 142: the casts give coordinates back as the REAL values they were.
            CREATE VIEW mentions (article_id, char_start, char_end, type, text, kb_id, name, actor, country, lat, lon) AS
                SELECT a.id, m.value ->> 0, m.value ->> 1, m.value ->> 2, m.value ->> 3, m.value ->> 4,
                       m.value ->> 5, m.value ->> 6, m.value ->> 7, CAST(m.value ->> 8 AS REAL), CAST(m.value ->> 9 AS REAL)
                FROM articles a, json_each(a.mentions) m;
            DROP INDEX articles_article_id;
            DROP INDEX events_date;
            DROP INDEX events_source_actor;
            DROP INDEX events_target_actor;
            DROP INDEX events_code;
            DROP INDEX event_mentions_article;
            """),
        // Version 3 is about ingest speed too: an event's id is the hash of its key, so as the table's row id it scattered
        // each batch's new events over the whole table, and every commit rewrote most of its pages. Rows now go to the end
        // in the order they are stored; the id stays unique (and the target of event_mentions' foreign key) through an
        // index, whose small entries are all a batch scatters. The copy keeps every row and column as it was.
        new(3, "events appended in the order stored, found by id through an index", """
            CREATE TABLE events_by_arrival (
                id               INTEGER NOT NULL UNIQUE,
                key              TEXT NOT NULL,
                code             TEXT NOT NULL,
                root             TEXT NOT NULL,
                label            TEXT NOT NULL,
                quad_class       INTEGER NOT NULL,
                goldstein        REAL NOT NULL,
                modality         TEXT NOT NULL,
                source_text      TEXT NOT NULL,
                source_id        TEXT,
                source_name      TEXT,
                source_actor     TEXT,
                source_country   TEXT,
                target_text      TEXT,
                target_id        TEXT,
                target_name      TEXT,
                target_actor     TEXT,
                target_country   TEXT,
                location_name    TEXT,
                location_id      TEXT,
                location_country TEXT,
                location_lat     REAL,
                location_lon     REAL,
                date_value       TEXT,
                date_precision   TEXT NOT NULL,
                date_from        TEXT,
                date_to          TEXT,
                date_anchor      TEXT,
                first_article    INTEGER NOT NULL REFERENCES articles(id),
                num_mentions     INTEGER NOT NULL,
                num_sources      INTEGER NOT NULL,
                num_articles     INTEGER NOT NULL,
                avg_tone         REAL NOT NULL,
                first_seen       TEXT NOT NULL,
                last_seen        TEXT NOT NULL
            );
            INSERT INTO events_by_arrival SELECT * FROM events ORDER BY first_seen, id;
            -- The evidence is copied too, into a table that refers to the new events table: SQLite cannot drop a table
            -- that rows still refer to inside a transaction, and renaming the new table renames the reference with it.
            CREATE TABLE event_mentions_by_arrival (
                id          INTEGER PRIMARY KEY,
                event_id    INTEGER NOT NULL REFERENCES events_by_arrival(id),
                article_id  INTEGER NOT NULL REFERENCES articles(id),
                sentence    INTEGER NOT NULL,
                char_start  INTEGER NOT NULL,
                char_end    INTEGER NOT NULL,
                evidence    TEXT NOT NULL,
                pattern     TEXT NOT NULL,
                modality    TEXT NOT NULL,
                source_text TEXT NOT NULL,
                target_text TEXT
            );
            INSERT INTO event_mentions_by_arrival SELECT * FROM event_mentions ORDER BY id;
            DROP TABLE event_mentions;
            DROP TABLE events;
            ALTER TABLE events_by_arrival RENAME TO events;
            ALTER TABLE event_mentions_by_arrival RENAME TO event_mentions;
            CREATE INDEX event_mentions_event ON event_mentions(event_id, article_id);
            """),
    ];
}
