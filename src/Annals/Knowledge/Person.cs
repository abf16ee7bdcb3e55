namespace Annals.Knowledge;

/// <summary>A person the knowledge base knows: a leader, an ICC suspect, or both.</summary>
/// <remarks>Immutable.</remarks>
public sealed record Person
{
    /// <summary>Stable slug, e.g. <c>vladimir-putin</c>; clashes carry the state (<c>albert-ii-mco</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The usual English news spelling.</summary>
    public required string Name { get; init; }

    /// <summary>Other spellings and full names (never the surname alone).</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>Terms of office, oldest first.</summary>
    public required IReadOnlyList<Position> Positions { get; init; }

    /// <summary>Distinct sources of the person's rows.</summary>
    public required IReadOnlyList<string> Source { get; init; }
}
