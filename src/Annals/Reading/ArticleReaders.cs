using System.IO.Compression;
using Microsoft.Win32.SafeHandles;
using Annals.Diagnostics;
using Annals.Reading.Feeds;
using Annals.Reading.Html;
using Annals.Reading.JsonLines;
using Annals.Reading.Language;
using Annals.Reading.Streams;
using Annals.Reading.Warc;

namespace Annals.Reading;

/// <summary>Picks the reader for each input from its name and first bytes, and streams it; plain text when no other reader takes it.</summary>
/// <remarks>
/// gzip inputs (any format) are recognised by their magic bytes and decompressed on the fly. Every
/// article read gets its language detected when <see cref="ReadingOptions.DetectLanguage"/> is on.
/// Immutable and thread-safe; each <see cref="Read(string, Stream)"/> enumeration is independent.
/// </remarks>
public sealed class ArticleReaders
{
    private const int HeadLength = 4096;
    private readonly IReadOnlyList<IArticleReader> _readers;
    private readonly IArticleReader _fallback;
    private readonly ReadingOptions _options;

    /// <summary>The default readers: WARC, ARC (refused), JSON Feed, JSON Lines, RSS/Atom, HTML, then plain text.</summary>
    public ArticleReaders(ReadingOptions? options = null)
    {
        _options = options ?? new ReadingOptions();
        var html = new HtmlArticleReader(_options);
        _readers =
        [
            new WarcReader(_options),
            new ArcRefuser(),
            new JsonFeedReader(_options),
            new JsonLinesReader(_options),
            new FeedReader(),
            html,
        ];
        _fallback = new PlainTextStreamReader(_options);
    }

    /// <summary>Readers tried in the given order, then plain text.</summary>
    public ArticleReaders(ReadingOptions options, IEnumerable<IArticleReader> readers)
    {
        _options = options;
        _readers = [.. readers];
        _fallback = new PlainTextStreamReader(_options);
    }

    /// <summary>Streams a file from disk; a missing or unreadable file comes back as one failed item.</summary>
    public IEnumerable<ReadItem> ReadFile(string path)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (FileNotFoundException)
        {
            return [ReadItem.Fail(new ReadError(path, ErrorCodes.InputMissing, "no such file"))];
        }
        catch (DirectoryNotFoundException)
        {
            return [ReadItem.Fail(new ReadError(path, ErrorCodes.InputMissing, "no such file or folder"))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder is found only when opening fails: asking first would cost every file a second system call.
            return Directory.Exists(path)
                ? [ReadItem.Fail(new ReadError(path, ErrorCodes.InputUnreadable, "is a folder; name the files in it"))]
                : [ReadItem.Fail(new ReadError(path, ErrorCodes.InputUnreadable, $"cannot be read: {e.Message}"))];
        }
        if (ReadSmallFile(handle) is { } whole)
        {
            handle.Dispose();
            return Read(path, whole);
        }
        // Unbuffered: readers take the input in large reads of their own, so a FileStream buffer would only be copied.
        var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        return Owning(stream, Read(path, stream));
    }

    /// <summary>The whole of a regular file of at most <see cref="SmallFile"/> bytes, read with one call; null for any other file.</summary>
    /// <remarks>
    /// Most news files are a few kilobytes. Streamed, each took a read for its head, another to find the head was all
    /// of it, a size query and a read to see the end: one read of one byte more than its size does it all, as a read of
    /// a regular file comes back short only at the end. A file that has grown since it was measured is streamed instead.
    /// Pipes and devices report no size and are streamed.
    /// </remarks>
    private static MemoryStream? ReadSmallFile(SafeFileHandle handle)
    {
        long size;
        try
        {
            size = RandomAccess.GetLength(handle);
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            return null;
        }
        if (size <= 0 || size > SmallFile) return null;
        var bytes = new byte[size + 1];
        int read;
        try
        {
            read = RandomAccess.Read(handle, bytes, 0);
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            return null;
        }
        return read <= size ? new MemoryStream(bytes, 0, read, writable: false) : null;
    }

    // Larger files are streamed, so that a WARC archive or a large JSON Lines dump is never held whole.
    private const int SmallFile = 1 << 20;

    /// <summary>Reads an input already in memory.</summary>
    public IEnumerable<ReadItem> Read(string inputName, byte[] bytes) => Read(inputName, new MemoryStream(bytes, writable: false));

    /// <summary>Reads a whole input into one result (for small inputs and tests).</summary>
    public ReadResult ReadAll(string inputName, byte[] bytes) => ReadResult.FromItems(inputName, Read(inputName, bytes));

    /// <summary>Streams an input: picks its reader from the name and first bytes and yields what it reads, lazily.</summary>
    public IEnumerable<ReadItem> Read(string inputName, Stream input)
    {
        var name = inputName;
        var head = new byte[HeadLength];
        int length;
        Stream stream = input;
        string? fault = null;
        try
        {
            length = StreamHelpers.ReadFully(stream, head);
            if (length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
            {
                stream = new GZipStream(new PrefixedStream(head, length, input), CompressionMode.Decompress);
                if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
                head = new byte[HeadLength];
                length = StreamHelpers.ReadFully(stream, head);
                if (length == 0) fault = "no data after the gzip header";
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            length = 0;
            fault = e.Message;
        }
        if (fault is not null)
            return [ReadItem.Fail(new ReadError(inputName, ErrorCodes.InputCompression, $"corrupt gzip data: {fault}"))];
        if (length == 0)
            return [ReadItem.Fail(new ReadError(inputName, ErrorCodes.InputEmpty, "the input is empty"))];

        var reader = _fallback;
        foreach (var candidate in _readers)
        {
            if (candidate.Accepts(name, head.AsSpan(0, length)))
            {
                reader = candidate;
                break;
            }
        }
        return Guarded(inputName, reader.Read(inputName, new PrefixedStream(head, length, stream)));
    }

    private IEnumerable<ReadItem> Guarded(string inputName, IEnumerable<ReadItem> items)
    {
        var articles = 0;
        using var e = items.GetEnumerator();
        while (true)
        {
            ReadItem item;
            var last = false;
            try
            {
                if (!e.MoveNext()) yield break;
                item = e.Current;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or EndOfStreamException)
            {
                // A truncated or corrupt compressed stream surfaces here, mid-record: what was read stays read.
                var error = new ReadError(inputName, ErrorCodes.InputCompression, $"the input is cut short or corrupt: {ex.Message}");
                item = articles > 0 ? ReadItem.Skip(error) : ReadItem.Fail(error);
                last = true;
            }
            if (item.Kind == ReadItemKind.Article)
            {
                articles++;
                if (_options.DetectLanguage) item = ReadItem.Of(WithLanguage(item.Article!));
            }
            yield return item;
            if (last || item.Kind == ReadItemKind.Failed) yield break;
        }
    }

    private static Article WithLanguage(Article article)
    {
        var detected = LanguageDetector.Detect(article.Title, article.Text);
        return detected is null || detected == article.Language ? article : article with { Language = detected };
    }

    private static IEnumerable<ReadItem> Owning(Stream stream, IEnumerable<ReadItem> items)
    {
        using (stream)
        {
            foreach (var item in items) yield return item;
        }
    }
}
