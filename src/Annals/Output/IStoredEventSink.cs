using Annals.Store;

namespace Annals.Output;

/// <summary>Where stored events go when they are listed or exported: a table, JSON, CSV, GDELT's TSV.</summary>
/// <remarks>A sink is fed from one thread: <see cref="Emit"/> for each event, then <see cref="Complete"/> once.</remarks>
public interface IStoredEventSink
{
    /// <summary>Writes one event.</summary>
    void Emit(StoredEvent e);

    /// <summary>Finishes the output (closes a JSON array, flushes).</summary>
    void Complete();
}
