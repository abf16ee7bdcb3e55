namespace Annals.Events.Patterns;

/// <summary>What one element of a verb pattern matches.</summary>
internal enum PatternElementKind : byte
{
    /// <summary>A word in any of its inflections (alternatives allowed).</summary>
    Word,
    /// <summary>The target: an entity mention.</summary>
    Target,
    /// <summary>The source, in a nominal pattern: an entity mention.</summary>
    Source,
}
