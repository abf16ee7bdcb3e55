namespace Annals.Reading.Html;

/// <summary>What a page's head and markup say about its article.</summary>
/// <remarks>Immutable.</remarks>
public sealed record PageMetadata
{
    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The byline.</summary>
    public string? Author { get; init; }

    /// <summary>The publication date.</summary>
    public PublicationDate? Published { get; init; }

    /// <summary>The canonical URL.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The declared language (primary subtag, lower case).</summary>
    public string? Language { get; init; }

    /// <summary>The site's name.</summary>
    public string? SiteName { get; init; }
}
