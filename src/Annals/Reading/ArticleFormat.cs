namespace Annals.Reading;

/// <summary>What an input was read as; printed as the lower-case <c>format</c> of the JSON contract.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text.</summary>
    Text,
    /// <summary>An HTML page.</summary>
    Html,
    /// <summary>An RSS feed item.</summary>
    Rss,
    /// <summary>An Atom feed entry.</summary>
    Atom,
    /// <summary>A JSON Feed item.</summary>
    JsonFeed,
    /// <summary>A JSON Lines record.</summary>
    Jsonl,
    /// <summary>A WARC record.</summary>
    Warc,
}
