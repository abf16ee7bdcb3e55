using System.Security.Cryptography;
using System.Text;

namespace Annals.Text;

/// <summary>SHA-256 of text as UTF-8, fed a character or a span at a time, without building the text or its bytes.</summary>
/// <remarks>
/// Article ids and content hashes are taken over whole articles; copying each article twice just to hash it was a
/// measurable part of reading, and so was creating a hash context for every article: <see cref="Rent"/> hands out the
/// thread's spare hasher, which <see cref="Dispose"/> gives back. Not thread-safe.
/// </remarks>
internal sealed class Utf8Sha256 : IDisposable
{
    private const int Chunk = 1024;

    [ThreadStatic]
    private static Utf8Sha256? t_spare;

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly char[] _chars = new char[Chunk];
    private readonly byte[] _bytes = new byte[Chunk * 3];
    private int _filled;
    private bool _dirty;

    private Utf8Sha256() { }

    /// <summary>A hasher with nothing appended: the thread's spare one when it has one.</summary>
    public static Utf8Sha256 Rent()
    {
        var hasher = t_spare ?? new Utf8Sha256();
        t_spare = null;
        return hasher;
    }

    public void Append(char c)
    {
        _dirty = true;
        _chars[_filled++] = c;
        if (_filled == Chunk) Encode(keepHighSurrogate: true);
    }

    public void Append(ReadOnlySpan<char> text)
    {
        _dirty = true;
        while (!text.IsEmpty)
        {
            var n = Math.Min(Chunk - _filled, text.Length);
            text[..n].CopyTo(_chars.AsSpan(_filled));
            _filled += n;
            text = text[n..];
            if (_filled == Chunk) Encode(keepHighSurrogate: true);
        }
    }

    /// <summary>The digest of everything appended; the hasher is empty again afterwards.</summary>
    public byte[] Finish()
    {
        Encode(keepHighSurrogate: false);
        _dirty = false;
        return _hash.GetHashAndReset();
    }

    /// <summary>Gives the hasher back to its thread (emptied), or releases it when the thread has a spare already.</summary>
    public void Dispose()
    {
        if (ReferenceEquals(t_spare, this)) return;
        if (_dirty)
        {
            _filled = 0;
            _hash.GetHashAndReset();
            _dirty = false;
        }
        if (t_spare is null) t_spare = this;
        else _hash.Dispose();
    }

    // A surrogate pair is never split between two encodings, so the bytes are those of the whole text at once.
    private void Encode(bool keepHighSurrogate)
    {
        if (_filled == 0) return;
        var keep = keepHighSurrogate && char.IsHighSurrogate(_chars[_filled - 1]) ? 1 : 0;
        var n = Encoding.UTF8.GetBytes(_chars.AsSpan(0, _filled - keep), _bytes);
        _hash.AppendData(_bytes, 0, n);
        if (keep == 1) _chars[0] = _chars[_filled - 1];
        _filled = keep;
    }
}
