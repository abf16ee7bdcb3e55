namespace Annals.Reading;

/// <summary>How to read a plain-text article.</summary>
public sealed record PlainTextOptions
{
    /// <summary>A publication date the user gives (<c>--published</c>); it wins over any the text states.</summary>
    public PublicationDate? Published { get; init; }

    /// <summary>Longest first line still taken as a headline.</summary>
    public int MaxTitleLength { get; init; } = 300;
}
