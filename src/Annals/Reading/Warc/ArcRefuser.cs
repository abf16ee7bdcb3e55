using Annals.Diagnostics;

namespace Annals.Reading.Warc;

/// <summary>Recognises the Internet Archive's older ARC format and refuses it with a clear message rather than reading it as text.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed class ArcRefuser : IArticleReader
{
    /// <inheritdoc />
    public bool Accepts(string inputName, ReadOnlySpan<byte> head) => head.StartsWith("filedesc://"u8);

    /// <inheritdoc />
    public IEnumerable<ReadItem> Read(string inputName, Stream input) =>
        [ReadItem.Fail(new ReadError(inputName, ErrorCodes.ArcUnsupported,
            "is an ARC file (the format before WARC), which is not read; convert it to WARC first (warcio and jwarc can)", 0))];
}
