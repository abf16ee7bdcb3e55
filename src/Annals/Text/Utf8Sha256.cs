using System.Security.Cryptography;
using System.Text;

namespace Annals.Text;

/// <summary>SHA-256 of text as UTF-8, fed a character or a span at a time, without building the text or its bytes.</summary>
/// <remarks>Article ids and content hashes are taken over whole articles; copying each article twice just to hash it was a measurable part of reading. Dispose after use; not thread-safe.</remarks>
internal sealed class Utf8Sha256 : IDisposable
{
    private const int Chunk = 256;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly char[] _chars = new char[Chunk];
    private readonly byte[] _bytes = new byte[Chunk * 3];
    private int _filled;

    public void Append(char c)
    {
        _chars[_filled++] = c;
        // A chunk is encoded on its own, so it never ends between the two halves of a surrogate pair.
        if (_filled == Chunk || (_filled >= Chunk - 1 && !char.IsHighSurrogate(c))) Flush();
    }

    public void Append(ReadOnlySpan<char> text)
    {
        foreach (var c in text) Append(c);
    }

    /// <summary>The digest of everything appended.</summary>
    public byte[] Finish()
    {
        Flush();
        return _hash.GetHashAndReset();
    }

    public void Dispose() => _hash.Dispose();

    private void Flush()
    {
        var n = Encoding.UTF8.GetBytes(_chars.AsSpan(0, _filled), _bytes);
        _hash.AppendData(_bytes, 0, n);
        _filled = 0;
    }
}
