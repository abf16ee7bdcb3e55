namespace Annals.Reading;

/// <summary>What one item a reader yields stands for.</summary>
public enum ReadItemKind
{
    /// <summary>An article was read.</summary>
    Article,
    /// <summary>A record was malformed and skipped; the error says where and why, and reading went on.</summary>
    Skipped,
    /// <summary>A record holds no article by design (a WARC request, an image) and was passed over; counted, not an error.</summary>
    Ignored,
    /// <summary>The input as a whole could not be read; nothing follows.</summary>
    Failed,
}
