using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Annals.Store.Sqlite;

/// <summary>A statement prepared once and run for many rows of a batch, bound straight through SQLite's C API.</summary>
/// <remarks>
/// ADO.NET commands re-resolve every parameter by name, re-encode it and open a data reader on every execution;
/// for the tens of thousands of rows an ingest writes that overhead cost more than SQLite's own work. Values are
/// bound by the parameter's name, resolved once; a statement runs on the connection's current transaction.
/// Not thread-safe; dispose before the connection.
/// </remarks>
internal sealed class BulkStatement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public BulkStatement(SqliteConnection connection, string sql)
    {
        _connection = connection;
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        var count = raw.sqlite3_bind_parameter_count(_statement);
        for (var i = 1; i <= count; i++) _index[raw.sqlite3_bind_parameter_name(_statement, i).utf8_to_string()] = i;
    }

    public BulkStatement Bind(string name, string? value)
    {
        // Bound as UTF-16 so SQLite converts in place: the UTF-8 overload would allocate an encoded copy per value.
        var rc = value is null ? raw.sqlite3_bind_null(_statement, Index(name)) : raw.sqlite3_bind_text16(_statement, Index(name), value.AsSpan());
        return Check(rc);
    }

    public BulkStatement Bind(string name, long value) => Check(raw.sqlite3_bind_int64(_statement, Index(name), value));

    public BulkStatement Bind(string name, long? value) => value is { } v ? Bind(name, v) : Check(raw.sqlite3_bind_null(_statement, Index(name)));

    public BulkStatement Bind(string name, double value) => Check(raw.sqlite3_bind_double(_statement, Index(name), value));

    public BulkStatement Bind(string name, double? value) => value is { } v ? Bind(name, v) : Check(raw.sqlite3_bind_null(_statement, Index(name)));

    /// <summary>Runs the statement once with the values bound since the last run.</summary>
    public void Run() => Step(readFirst: false);

    /// <summary>Runs the statement and returns the first column of its first row as an integer (null when no row).</summary>
    public long? RunScalar() => Step(readFirst: true);

    public void Dispose() => _statement.Dispose();

    private long? Step(bool readFirst)
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_ROW) return readFirst ? raw.sqlite3_column_int64(_statement, 0) : null;
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
            return null;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
            raw.sqlite3_clear_bindings(_statement);
        }
    }

    private int Index(string name) =>
        _index.TryGetValue(name, out var i) ? i : throw new ArgumentException($"the statement has no parameter {name}", nameof(name));

    private BulkStatement Check(int rc)
    {
        SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        return this;
    }
}
