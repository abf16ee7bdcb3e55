namespace Annals.Reading;

/// <summary>One thing a reader yields while streaming through an input: an article, a skipped record, an ignored record or a failure.</summary>
/// <remarks>Immutable. Exactly one of <see cref="Article"/> and <see cref="Error"/> is set, except for <see cref="ReadItemKind.Ignored"/> which carries only <see cref="Reason"/>.</remarks>
public sealed record ReadItem
{
    private ReadItem(ReadItemKind kind, Article? article, ReadError? error, string? reason)
    {
        Kind = kind;
        Article = article;
        Error = error;
        Reason = reason;
    }

    /// <summary>What the item stands for.</summary>
    public ReadItemKind Kind { get; }

    /// <summary>The article, for <see cref="ReadItemKind.Article"/>.</summary>
    public Article? Article { get; }

    /// <summary>Where and why, for <see cref="ReadItemKind.Skipped"/> and <see cref="ReadItemKind.Failed"/>.</summary>
    public ReadError? Error { get; }

    /// <summary>A short, countable reason (e.g. <c>WARC request record</c>) for <see cref="ReadItemKind.Ignored"/> and <see cref="ReadItemKind.Skipped"/>.</summary>
    public string? Reason { get; }

    /// <summary>An article read.</summary>
    public static ReadItem Of(Article article) => new(ReadItemKind.Article, article, null, null);

    /// <summary>A malformed record skipped; reading goes on.</summary>
    public static ReadItem Skip(ReadError error) => new(ReadItemKind.Skipped, null, error, error.Code);

    /// <summary>A record passed over by design, counted under <paramref name="reason"/>.</summary>
    public static ReadItem Ignore(string reason) => new(ReadItemKind.Ignored, null, null, reason);

    /// <summary>The whole input could not be read.</summary>
    public static ReadItem Fail(ReadError error) => new(ReadItemKind.Failed, null, error, error.Code);
}
