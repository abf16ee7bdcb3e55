using Annals.Diagnostics;

namespace Annals.Reading;

/// <summary>Picks the reader for each input and reads it; plain text when no other reader takes it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ArticleReaders
{
    private readonly IReadOnlyList<IArticleReader> _readers;
    private readonly PlainTextReader _plainText;

    /// <summary>Readers tried in order before falling back to plain text.</summary>
    public ArticleReaders(PlainTextOptions? textOptions = null, params IArticleReader[] readers)
    {
        _plainText = new PlainTextReader(textOptions);
        _readers = readers;
    }

    /// <summary>Reads a file from disk; a missing or unreadable file comes back as a failed result.</summary>
    public ReadResult ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
                return ReadResult.Failed(new ReadError(path, ErrorCodes.InputUnreadable, "is a folder; name the files in it"));
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return ReadResult.Failed(new ReadError(path, ErrorCodes.InputMissing, "no such file"));
        }
        catch (DirectoryNotFoundException)
        {
            return ReadResult.Failed(new ReadError(path, ErrorCodes.InputMissing, "no such file or folder"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failed(new ReadError(path, ErrorCodes.InputUnreadable, $"cannot be read: {e.Message}"));
        }
        return Read(path, bytes);
    }

    /// <summary>Reads an input already in memory.</summary>
    public ReadResult Read(string inputName, ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 4096)];
        foreach (var reader in _readers)
        {
            if (reader.Accepts(inputName, head)) return reader.Read(inputName, bytes);
        }
        return _plainText.Read(inputName, bytes);
    }
}
