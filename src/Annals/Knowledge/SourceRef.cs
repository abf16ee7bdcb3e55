namespace Annals.Knowledge;

/// <summary>A source named by id in the data files' <c>source</c> columns (<c>sources.tsv</c>).</summary>
/// <remarks>Immutable.</remarks>
public sealed record SourceRef
{
    /// <summary>The id used in data rows, e.g. <c>S-WP-ICC</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the source is.</summary>
    public required string Title { get; init; }

    /// <summary>Where it is; null for sources with no address (e.g. <c>S-MEM</c>, the compiler's memory).</summary>
    public string? Url { get; init; }

    /// <summary>Its licence or status.</summary>
    public required string Licence { get; init; }
}
