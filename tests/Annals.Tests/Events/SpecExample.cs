namespace Annals.Tests.Events;

/// <summary>One example of an event spec file: a sentence with marked actors and the events it must code.</summary>
public sealed record SpecExample(string File, int Line, string Marked, IReadOnlyList<string> Expected)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}";
}
