using Annals.Reading.JsonLines;

namespace Annals.Reading;

/// <summary>How inputs are read: options shared by every reader.</summary>
/// <remarks>Immutable.</remarks>
public sealed record ReadingOptions
{
    /// <summary>Options for plain-text articles (and the user's <c>--published</c>).</summary>
    public PlainTextOptions PlainText { get; init; } = new();

    /// <summary>Which JSON Lines fields hold which article field (<c>--map</c>).</summary>
    public JsonLinesMap JsonLinesMap { get; init; } = JsonLinesMap.Default;

    /// <summary>Largest input a reader that needs the whole document (a page, plain text, a JSON Feed) will take.</summary>
    public long MaxDocumentBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest record payload (a WARC record's page) that is read; bigger records are skipped.</summary>
    public long MaxRecordBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Whether each article's language is detected from its text (the declared one is kept when detection is unsure).</summary>
    public bool DetectLanguage { get; init; } = true;
}
