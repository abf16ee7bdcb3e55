namespace Annals.Reading.Feeds;

/// <summary>One feed item (RSS item, Atom entry, JSON Feed item) as the feed states it, before it becomes an article.</summary>
/// <remarks>Immutable. <see cref="Content"/> may hold HTML; <see cref="FeedReader"/> turns it into text.</remarks>
public sealed record FeedItem
{
    /// <summary>The item's guid or id.</summary>
    public string? Id { get; init; }

    /// <summary>The headline, markup removed.</summary>
    public string? Title { get; init; }

    /// <summary>The item's link.</summary>
    public string? Link { get; init; }

    /// <summary>The publication (else update) date.</summary>
    public PublicationDate? Published { get; init; }

    /// <summary>The raw date text, as the feed wrote it.</summary>
    public string? PublishedText { get; init; }

    /// <summary>The byline.</summary>
    public string? Author { get; init; }

    /// <summary>The full content (<c>content:encoded</c>, Atom content), else the description or summary; may be HTML.</summary>
    public string? Content { get; init; }

    /// <summary>The language the item or its feed declares.</summary>
    public string? Language { get; init; }

    /// <summary>The format of the feed the item came from.</summary>
    public required ArticleFormat Format { get; init; }

    /// <summary>1-based line of the item in its input, when known.</summary>
    public int? Line { get; init; }
}
