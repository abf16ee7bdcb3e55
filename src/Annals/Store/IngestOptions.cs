namespace Annals.Store;

/// <summary>How an ingest batches and parallelises its work.</summary>
/// <remarks>Immutable.</remarks>
public sealed record IngestOptions
{
    /// <summary>New articles per transaction: a kill loses at most this many articles' work, which a rerun redoes.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Articles analysed at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
