namespace Annals.Reading.Streams;

/// <summary>Small helpers for reading streams in bounded pieces.</summary>
internal static class StreamHelpers
{
    /// <summary>Reads until <paramref name="buffer"/> is full or the stream ends; returns the count read.</summary>
    public static int ReadFully(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer[total..]);
            if (n == 0) break;
            total += n;
        }
        return total;
    }

    /// <summary>Reads the whole stream when it holds at most <paramref name="limit"/> bytes; null when it holds more.</summary>
    public static byte[]? ReadAtMost(Stream stream, long limit)
    {
        // A file says its size: read it straight into an array of that size.
        var known = stream.CanSeek ? stream.Length - stream.Position : (stream as PrefixedStream)?.Remaining;
        if (known is { } remaining)
        {
            if (remaining > limit) return null;
            var bytes = new byte[remaining];
            stream.ReadExactly(bytes);
            return stream.ReadByte() < 0 ? bytes : null;
        }
        using var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            while (true)
            {
                var n = stream.Read(chunk, 0, chunk.Length);
                if (n == 0) return buffer.ToArray();
                if (buffer.Length + n > limit) return null;
                buffer.Write(chunk, 0, n);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
