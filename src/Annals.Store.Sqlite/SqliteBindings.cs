using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Annals.Store.Sqlite;

/// <summary>SQLite's <c>sqlite3_bind_*</c> functions, called on a statement's native handle.</summary>
/// <remarks>
/// SQLitePCL's wrappers add and release a reference on the statement's <c>SafeHandle</c> and dispatch through its
/// provider on every call, and a stored article takes some 150 bind calls. <see cref="BulkStatement"/> owns the
/// statement and releases it only when disposed, so its handle cannot be finalised under a call. The library is the
/// one SQLitePCL's provider loads (the same name, resolved the same way).
/// </remarks>
internal static class SqliteBindings
{
    private const string Library = "e_sqlite3";

    // SQLITE_TRANSIENT: SQLite copies the value before the call returns, so the caller's buffer is free again.
    private static readonly nint Transient = -1;

    [DllImport(Library, EntryPoint = "sqlite3_bind_int64", ExactSpelling = true, CallingConvention = CallingConvention.Cdecl)]
    public static extern int Int64(nint statement, int index, long value);

    [DllImport(Library, EntryPoint = "sqlite3_bind_double", ExactSpelling = true, CallingConvention = CallingConvention.Cdecl)]
    public static extern int Double(nint statement, int index, double value);

    [DllImport(Library, EntryPoint = "sqlite3_bind_null", ExactSpelling = true, CallingConvention = CallingConvention.Cdecl)]
    public static extern int Null(nint statement, int index);

    /// <summary>Binds UTF-8 text; empty text binds NULL, as SQLitePCL's wrapper (which passes no pointer for it) did.</summary>
    public static int Text(nint statement, int index, ReadOnlySpan<byte> utf8) =>
        BindText(statement, index, ref utf8.IsEmpty ? ref Unsafe.NullRef<byte>() : ref MemoryMarshal.GetReference(utf8), utf8.Length, Transient);

    [DllImport(Library, EntryPoint = "sqlite3_bind_text", ExactSpelling = true, CallingConvention = CallingConvention.Cdecl)]
    private static extern int BindText(nint statement, int index, ref byte utf8, int length, nint destructor);
}
