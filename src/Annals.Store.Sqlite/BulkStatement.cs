using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Annals.Store.Sqlite;

/// <summary>A statement prepared once and run for many rows of a batch, bound straight through SQLite's C API.</summary>
/// <remarks>
/// ADO.NET commands re-resolve every parameter by name, re-encode it and open a data reader on every execution;
/// for the tens of thousands of rows an ingest writes that overhead cost more than SQLite's own work. Values are
/// bound by the parameter's name; binding them in the order the SQL names them skips the name look-up. Text is
/// encoded to UTF-8 (the file's encoding) in a buffer the statement keeps, so neither a managed copy nor SQLite's
/// own conversion is made per value. A statement runs on the connection's current transaction.
/// Not thread-safe; dispose before the connection.
/// </remarks>
internal sealed class BulkStatement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly nint _handle;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly string[] _names;
    private int _bound;
    private byte[] _utf8 = new byte[1024];

    public BulkStatement(SqliteConnection connection, string sql)
    {
        _connection = connection;
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        _handle = _statement.DangerousGetHandle();
        var count = raw.sqlite3_bind_parameter_count(_statement);
        _names = new string[count + 1];
        // Interned, so that the literal names the writer binds compare by reference.
        for (var i = 1; i <= count; i++) _index[_names[i] = string.Intern(raw.sqlite3_bind_parameter_name(_statement, i).utf8_to_string())] = i;
    }

    public BulkStatement Bind(string name, string? value)
    {
        if (value is null) return Check(SqliteBindings.Null(_handle, Index(name)));
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (most > _utf8.Length) _utf8 = new byte[Math.Max(most, 2 * _utf8.Length)];
        var length = Encoding.UTF8.GetBytes(value, _utf8);
        return Bind(name, _utf8.AsSpan(0, length));
    }

    /// <summary>Binds text already encoded as UTF-8 (SQLite copies it).</summary>
    public BulkStatement Bind(string name, ReadOnlySpan<byte> utf8) => Check(SqliteBindings.Text(_handle, Index(name), utf8));

    public BulkStatement Bind(string name, long value) => Check(SqliteBindings.Int64(_handle, Index(name), value));

    public BulkStatement Bind(string name, long? value) => value is { } v ? Bind(name, v) : Check(SqliteBindings.Null(_handle, Index(name)));

    public BulkStatement Bind(string name, double value) => Check(SqliteBindings.Double(_handle, Index(name), value));

    public BulkStatement Bind(string name, double? value) => value is { } v ? Bind(name, v) : Check(SqliteBindings.Null(_handle, Index(name)));

    /// <summary>Runs the statement once with the values bound since the last run.</summary>
    public void Run() => Step(readFirst: false);

    /// <summary>Runs the statement and returns the first column of its first row as an integer (null when no row).</summary>
    public long? RunScalar() => Step(readFirst: true);

    /// <summary>Runs an insert into a rowid table and returns the new row's id.</summary>
    public long RunInsert()
    {
        Step(readFirst: false);
        return raw.sqlite3_last_insert_rowid(_connection.Handle);
    }

    /// <summary>Runs the statement and returns how many rows it inserted, updated or deleted.</summary>
    public int RunChanges()
    {
        Step(readFirst: false);
        return raw.sqlite3_changes(_connection.Handle);
    }

    public void Dispose() => _statement.Dispose();

    private long? Step(bool readFirst)
    {
        if (_bound != _names.Length - 1)
        {
            var bound = _bound;
            _bound = 0;
            raw.sqlite3_clear_bindings(_statement);
            throw new InvalidOperationException($"{_names.Length - 1} parameters, {bound} bound: every run binds them all");
        }
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_ROW) return readFirst ? raw.sqlite3_column_int64(_statement, 0) : null;
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
            return null;
        }
        finally
        {
            _bound = 0;
            // Bindings are not cleared: every run binds every parameter (checked before it steps).
            raw.sqlite3_reset(_statement);
        }
    }

    private int Index(string name)
    {
        var next = ++_bound;
        if (next < _names.Length && ReferenceEquals(_names[next], name)) return next;
        return _index.TryGetValue(name, out var i) ? i : throw new ArgumentException($"the statement has no parameter {name}", nameof(name));
    }

    private BulkStatement Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        return this;
    }
}
