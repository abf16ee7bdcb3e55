namespace Annals.Reading;

/// <summary>What reading one input gave, collected: the articles, and the records that had to be skipped.</summary>
/// <remarks>
/// <see cref="Failure"/> is set when the input as a whole could not be read (missing, empty,
/// binary, undecodable); <see cref="Skipped"/> lists records skipped inside an input that was read.
/// Collecting holds every article in memory: streaming callers use the <see cref="ReadItem"/> sequence instead.
/// </remarks>
public sealed record ReadResult(string Input, IReadOnlyList<Article> Articles, IReadOnlyList<ReadError> Skipped, ReadError? Failure)
{
    /// <summary>An input that could not be read at all.</summary>
    public static ReadResult Failed(ReadError error) => new(error.Input, [], [], error);

    /// <summary>An input read whole.</summary>
    public static ReadResult Of(string input, params Article[] articles) => new(input, articles, [], null);

    /// <summary>Collects a streamed read.</summary>
    public static ReadResult FromItems(string input, IEnumerable<ReadItem> items)
    {
        var articles = new List<Article>();
        var skipped = new List<ReadError>();
        ReadError? failure = null;
        foreach (var item in items)
        {
            switch (item.Kind)
            {
                case ReadItemKind.Article: articles.Add(item.Article!); break;
                case ReadItemKind.Skipped: skipped.Add(item.Error!); break;
                case ReadItemKind.Failed: failure = item.Error; break;
            }
        }
        return new ReadResult(input, articles, skipped, failure);
    }
}
