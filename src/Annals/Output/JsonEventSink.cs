using System.Text;
using System.Text.Json;
using Annals.Store;

namespace Annals.Output;

/// <summary>Writes <c>{"events": [...]}</c> on one line, as <c>annals events --json</c> prints it.</summary>
/// <remarks>Not thread-safe. Does not own the writer.</remarks>
public sealed class JsonEventSink : IStoredEventSink
{
    private readonly TextWriter _output;
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _json;

    /// <summary>A sink writing to <paramref name="output"/>.</summary>
    public JsonEventSink(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _json = new Utf8JsonWriter(_buffer, ContractJson.WriterOptions);
        _json.WriteStartObject();
        _json.WriteStartArray("events");
    }

    /// <inheritdoc />
    public void Emit(StoredEvent e)
    {
        StoredEventJson.WriteEvent(_json, e);
        // Drain the buffer now and then so that a large export does not sit in memory.
        if (_buffer.Length > 1 << 20) Drain();
    }

    /// <inheritdoc />
    public void Complete()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        Drain();
        _output.WriteLine();
        _output.Flush();
        _json.Dispose();
    }

    private void Drain()
    {
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
    }
}
