namespace Annals.Reading.Streams;

/// <summary>A read-only stream that replays bytes already read (a sniffed head) before the rest of an inner stream.</summary>
/// <remarks>Lets a reader be picked from an input's first bytes without seeking, so standard input and gzip streams work. Not thread-safe.</remarks>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream inner) : Stream
{
    private int _prefixPosition;
    private long _position;

    /// <summary>Bytes left to read when the inner stream knows its length (a file), else null.</summary>
    public long? Remaining => inner.CanSeek ? prefixLength - _prefixPosition + inner.Length - inner.Position : null;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException("a prefixed input stream reads forward only");
    public override long Position { get => _position; set => throw new NotSupportedException("a prefixed input stream reads forward only"); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        if (_prefixPosition < prefixLength)
        {
            n = Math.Min(buffer.Length, prefixLength - _prefixPosition);
            prefix.AsSpan(_prefixPosition, n).CopyTo(buffer);
            _prefixPosition += n;
        }
        else
        {
            n = inner.Read(buffer);
        }
        _position += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("a prefixed input stream reads forward only");
    public override void SetLength(long value) => throw new NotSupportedException("a prefixed input stream reads forward only");
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("a prefixed input stream reads forward only");
}
