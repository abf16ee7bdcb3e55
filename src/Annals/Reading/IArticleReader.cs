namespace Annals.Reading;

/// <summary>Reads one input format into articles, streaming.</summary>
/// <remarks>
/// Implementations are stateless and thread-safe. <see cref="Read"/> consumes the stream lazily as
/// the caller enumerates, so a reader of a record format (WARC, JSON Lines, feeds) holds one record
/// at a time whatever the input's size. A malformed record comes back as a
/// <see cref="ReadItemKind.Skipped"/> item and reading goes on; nothing is thrown for bad input.
/// </remarks>
public interface IArticleReader
{
    /// <summary>Whether this reader takes the input, judged by its name (without <c>.gz</c>) and first bytes (decompressed).</summary>
    bool Accepts(string inputName, ReadOnlySpan<byte> head);

    /// <summary>Reads the input as it streams; the caller owns <paramref name="input"/>.</summary>
    IEnumerable<ReadItem> Read(string inputName, Stream input);
}
