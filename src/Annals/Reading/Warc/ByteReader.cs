using System.Text;

namespace Annals.Reading.Warc;

/// <summary>Reads lines and byte blocks from a stream through one fixed buffer, counting the offset.</summary>
/// <remarks>Memory is the buffer plus whatever block the caller asks for. Not thread-safe.</remarks>
internal sealed class ByteReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;

    /// <summary>Bytes consumed so far.</summary>
    public long Position { get; private set; }

    /// <summary>Reads a line (without CR LF) as Latin-1/UTF-8 text; null at end of stream. Lines longer than <paramref name="max"/> are cut.</summary>
    public string? ReadLine(int max = 65536)
    {
        var line = new MemoryStream();
        while (true)
        {
            if (_start == _end && !Fill()) return line.Length == 0 ? null : Text(line);
            var span = _buffer.AsSpan(_start, _end - _start);
            var lf = span.IndexOf((byte)'\n');
            var take = lf >= 0 ? lf : span.Length;
            if (line.Length < max) line.Write(span[..Math.Min(take, (int)(max - line.Length))]);
            _start += lf >= 0 ? lf + 1 : take;
            Position += lf >= 0 ? lf + 1 : take;
            if (lf >= 0) return Text(line);
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes, or fewer at end of stream.</summary>
    public byte[] ReadBlock(int count)
    {
        var result = new byte[count];
        var got = 0;
        while (got < count)
        {
            if (_start == _end && !Fill()) break;
            var n = Math.Min(count - got, _end - _start);
            Array.Copy(_buffer, _start, result, got, n);
            _start += n;
            got += n;
            Position += n;
        }
        return got == count ? result : result[..got];
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many were skipped.</summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count)
        {
            if (_start == _end && !Fill()) break;
            var n = (int)Math.Min(count - skipped, _end - _start);
            _start += n;
            skipped += n;
            Position += n;
        }
        return skipped;
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    private static string Text(MemoryStream line)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        if (bytes.Length > 0 && bytes[^1] == '\r') bytes = bytes[..^1];
        return System.Text.Unicode.Utf8.IsValid(bytes) ? System.Text.Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
    }
}
