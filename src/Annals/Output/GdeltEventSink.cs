using Annals.Store;

namespace Annals.Output;

/// <summary>Writes stored events as GDELT 2.0 Events rows: 61 tab-separated columns, no header (as GDELT's export files).</summary>
/// <remarks>Not thread-safe. Does not own the writer. Lines end with a line feed.</remarks>
public sealed class GdeltEventSink(TextWriter output, FipsCountries? fips = null) : IStoredEventSink
{
    private readonly FipsCountries _fips = fips ?? FipsCountries.Default;

    /// <inheritdoc />
    public void Emit(StoredEvent e)
    {
        var values = GdeltRow.Values(e, _fips);
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) output.Write('\t');
            output.Write(GdeltRow.Format(values[i]));
        }
        output.Write('\n');
    }

    /// <inheritdoc />
    public void Complete() => output.Flush();
}
