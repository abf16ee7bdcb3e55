namespace Annals.Store;

/// <summary>How an ingest batches and parallelises its work.</summary>
/// <remarks>Immutable.</remarks>
public sealed record IngestOptions
{
    /// <summary>New articles per transaction: a kill loses at most this many articles' work, which a rerun redoes.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Articles analysed at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles a thread analyses together, one pipeline component at a time over all of them (see <see cref="Pipeline.Pipeline.Run(IReadOnlyList{Reading.Article}, Pipeline.IPipelineFailureListener?)"/>).</summary>
    /// <remarks>
    /// 1 analyses article by article. Ingesting BBC on one thread of a quiet machine, groups of 32 took the whole job from
    /// 1,709–1,776 to 1,903–2,001 articles per CPU-second (16: 1,823–1,858; 64, a whole default batch, no better than 32).
    /// </remarks>
    public int GroupSize { get; init; } = 32;
}
