using SQLitePCL;

namespace Annals.Store.Sqlite;

/// <summary>Settings SQLite takes once per process, before its first connection opens.</summary>
/// <remarks>
/// SQLite's allocation statistics (<c>sqlite3_memory_used</c>, the soft heap limit) take a process-wide mutex on every
/// allocation and release, and every stored row makes several; Annals reads none of them. SQLite's recommended
/// compile-time options turn them off (<c>SQLITE_DEFAULT_MEMSTATUS=0</c>); the bundled library keeps them on, so they
/// are turned off here.
/// The bundled library is also built "serialized": every call on a connection or statement (a stored article makes some
/// 170: its binds, steps and resets) locks and unlocks the connection's mutex, so that one connection could be used by
/// several threads at once. Microsoft.Data.Sqlite's connections are not thread-safe and no store shares one between
/// threads (a store is used by one thread at a time; its statements are disposed, never left to a finalizer), so the
/// library runs "multi-thread" instead: connections on different threads still work side by side, without that lock.
/// Once SQLite has started in the process (another part of it opened a database first) the calls are refused with
/// <c>SQLITE_MISUSE</c> and both stay as they were: slower, never wrong.
/// </remarks>
internal static class SqliteProcessSettings
{
    private static int _applied;

    /// <summary>Applies them the first time; call after the provider is loaded (a <c>SqliteConnection</c> was made) and before a connection opens.</summary>
    public static void Apply()
    {
        if (Interlocked.Exchange(ref _applied, 1) != 0) return;
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
    }
}
