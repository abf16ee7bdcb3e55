using Annals.Diagnostics;

namespace Annals.Store;

/// <summary>Configures and opens an <see cref="IEventStore"/>; a backend plugs in with an extension method such as <c>UseSqlite(path)</c>.</summary>
/// <remarks>
/// Mutable and not thread-safe, like Npgsql's data source builder; <see cref="Build"/> may be called once.
/// The core library never references a database driver: backends live in their own assemblies.
/// </remarks>
public sealed class EventStoreBuilder
{
    private Func<IEventStore>? _factory;
    private string? _backend;
    private bool _built;

    /// <summary>Sets the backend; called by a backend's <c>UseXxx</c> extension method.</summary>
    /// <param name="name">The backend's name, for messages (<c>sqlite</c>).</param>
    /// <param name="factory">Opens the store (applying schema migrations).</param>
    public EventStoreBuilder UseBackend(string name, Func<IEventStore> factory)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (_backend is not null && _backend != name)
            throw new AnnalsException(ErrorCodes.StoreConfiguration, $"a store backend ({_backend}) is already chosen; cannot also use {name}");
        _backend = name;
        _factory = factory;
        return this;
    }

    /// <summary>Opens the store.</summary>
    public IEventStore Build()
    {
        if (_built) throw new AnnalsException(ErrorCodes.StoreConfiguration, "the store builder was already built; make a new builder");
        if (_factory is null) throw new AnnalsException(ErrorCodes.StoreConfiguration, "no store backend chosen: call UseSqlite(path) or another backend's UseXxx method");
        _built = true;
        return _factory();
    }
}
