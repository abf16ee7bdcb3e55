using NodaTime;

namespace Annals.Store.Sqlite;

/// <summary>Plugs the SQLite backend into <see cref="EventStoreBuilder"/>.</summary>
public static class SqliteEventStoreExtensions
{
    /// <summary>Stores everything in one SQLite file (created when missing; schema migrations applied on open).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="path">The database file, e.g. <c>annals.db</c>.</param>
    /// <param name="clock">Stamps schema migrations; the system clock when null.</param>
    public static EventStoreBuilder UseSqlite(this EventStoreBuilder builder, string path, IClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return builder.UseBackend("sqlite", () => SqliteEventStore.Open(path, clock ?? SystemClock.Instance));
    }
}
