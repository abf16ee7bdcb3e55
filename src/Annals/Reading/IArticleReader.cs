namespace Annals.Reading;

/// <summary>Reads one input format into articles.</summary>
/// <remarks>Implementations are stateless and thread-safe.</remarks>
public interface IArticleReader
{
    /// <summary>Whether this reader takes the input, judged by its name and first bytes.</summary>
    bool Accepts(string inputName, ReadOnlySpan<byte> head);

    /// <summary>Reads the whole input; a malformed input or record comes back as an error, never a throw.</summary>
    ReadResult Read(string inputName, ReadOnlySpan<byte> bytes);
}
