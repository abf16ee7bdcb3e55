using Annals.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Annals.Tests.Store;

/// <summary>The store's hot statements bind values straight through SQLite's C API: every kind must arrive as it was given.</summary>
public sealed class BulkStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public BulkStatementTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT, number INTEGER, real REAL, absent TEXT)";
        create.ExecuteNonQuery();
    }

    [Fact]
    public void Text_integers_reals_and_nulls_are_stored_as_bound_and_the_new_row_id_is_returned()
    {
        using var insert = new BulkStatement(_connection, "INSERT INTO t (text, number, real, absent) VALUES ($text, $number, $real, $absent)");

        var first = insert.Bind("$text", "Zürich – 東京 🌍").Bind("$number", long.MinValue).Bind("$real", -0.1).Bind("$absent", (string?)null).RunInsert();
        var second = insert.Bind("$text", new string('a', 5000)).Bind("$number", (long?)7).Bind("$real", (double?)null).Bind("$absent", "x").RunInsert();

        Assert.Equal(first + 1, second);
        Assert.Equal(("Zürich – 東京 🌍", long.MinValue, -0.1, true), Row(first));
        Assert.Equal((new string('a', 5000), 7L, double.NaN, false), Row(second));
    }

    [Fact]
    public void Empty_text_is_stored_as_null()
    {
        using var insert = new BulkStatement(_connection, "INSERT INTO t (text, number, real, absent) VALUES ($text, 1, 1, NULL)");

        var id = insert.Bind("$text", "").RunInsert();

        using var read = _connection.CreateCommand();
        read.CommandText = $"SELECT text IS NULL FROM t WHERE id = {id}";
        Assert.Equal(1L, read.ExecuteScalar());
    }

    [Fact]
    public void A_run_with_a_parameter_left_unbound_is_refused()
    {
        using var insert = new BulkStatement(_connection, "INSERT INTO t (text, number) VALUES ($text, $number)");

        insert.Bind("$text", "only one");

        Assert.Throws<InvalidOperationException>(insert.Run);
    }

    public void Dispose() => _connection.Dispose();

    private (string Text, long Number, double Real, bool AbsentIsNull) Row(long id)
    {
        using var read = _connection.CreateCommand();
        read.CommandText = $"SELECT text, number, real, absent IS NULL FROM t WHERE id = {id}";
        using var r = read.ExecuteReader();
        Assert.True(r.Read());
        return (r.GetString(0), r.GetInt64(1), r.IsDBNull(2) ? double.NaN : r.GetDouble(2), r.GetInt64(3) == 1);
    }
}
