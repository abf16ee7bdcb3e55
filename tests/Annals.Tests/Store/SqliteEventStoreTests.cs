using Annals.Diagnostics;
using Annals.Store;
using Annals.Store.Sqlite;
using Microsoft.Data.Sqlite;
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
