using NodaTime;

namespace Annals.Reading;

/// <summary>One news article as read from its input: metadata and the clean body text.</summary>
/// <remarks>
/// Immutable. <see cref="Text"/> is the body without the title; every character offset that later
/// stages report counts UTF-16 code units into it. <see cref="Published"/> is only ever taken from
/// the input itself (a dateline, a meta tag, a feed date or the user's <c>--published</c>), never
/// from the clock: an undated article stays undated.
/// </remarks>
public sealed record Article
{
    /// <summary>The id the input gave the article, else one derived from its content.</summary>
    public required string Id { get; init; }

    /// <summary>Where the article was published, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The body text, without the title.</summary>
    public required string Text { get; init; }

    /// <summary>The publication date, when the input states it.</summary>
    public PublicationDate? Published { get; init; }

    /// <summary>The byline.</summary>
    public string? Author { get; init; }

    /// <summary>ISO 639-1 language code, when known.</summary>
    public string? Language { get; init; }

    /// <summary>The input the article came from: a file name, a feed's URL, a WARC record's URI.</summary>
    public string? Source { get; init; }

    /// <summary>What the input was read as.</summary>
    public required ArticleFormat Format { get; init; }
}
