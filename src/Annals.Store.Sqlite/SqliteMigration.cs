namespace Annals.Store.Sqlite;

/// <summary>One step of the schema, applied once, in version order, when a store is opened.</summary>
/// <param name="Version">Its version; never reuse or reorder one that has shipped.</param>
/// <param name="Name">What it does.</param>
/// <param name="Sql">The statements.</param>
internal sealed record SqliteMigration(int Version, string Name, string Sql);
