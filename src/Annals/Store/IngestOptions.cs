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
    /// <remarks>1 analyses article by article. On BBC, groups of 16 to 32 took the whole ingest from about 1,720–1,740 to 1,810–1,960 articles per CPU-second.</remarks>
    public int GroupSize { get; init; } = 16;
}
