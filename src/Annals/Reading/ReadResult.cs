namespace Annals.Reading;

/// <summary>What reading one input gave: the articles, and the records that had to be skipped.</summary>
/// <remarks>
/// <see cref="Failure"/> is set when the input as a whole could not be read (missing, empty,
/// binary, undecodable); <see cref="Skipped"/> lists records skipped inside an input that was read.
/// </remarks>
public sealed record ReadResult(string Input, IReadOnlyList<Article> Articles, IReadOnlyList<ReadError> Skipped, ReadError? Failure)
{
    /// <summary>An input that could not be read at all.</summary>
    public static ReadResult Failed(ReadError error) => new(error.Input, [], [], error);

    /// <summary>An input read whole.</summary>
    public static ReadResult Of(string input, params Article[] articles) => new(input, articles, [], null);
}
