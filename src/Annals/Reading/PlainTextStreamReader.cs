using Annals.Diagnostics;
using Annals.Reading.Streams;

namespace Annals.Reading;

/// <summary>The plain-text reader behind the streaming interface: takes any input, reads it whole (up to a limit).</summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class PlainTextStreamReader(ReadingOptions options) : IArticleReader
{
    private readonly PlainTextReader _reader = new(options.PlainText);

    public bool Accepts(string inputName, ReadOnlySpan<byte> head) => true;

    public IEnumerable<ReadItem> Read(string inputName, Stream input)
    {
        var bytes = StreamHelpers.ReadAtMost(input, options.MaxDocumentBytes);
        if (bytes is null)
            return [ReadItem.Fail(new ReadError(inputName, ErrorCodes.InputTooLarge, $"plain text over {options.MaxDocumentBytes / (1024 * 1024)} MB is not read as one article"))];
        var result = _reader.Read(inputName, bytes);
        return result.Failure is { } failure ? [ReadItem.Fail(failure)] : result.Articles.Select(ReadItem.Of);
    }
}
