namespace Annals.Diagnostics;

/// <summary>A line of a user's dictionary that Annals did not use, and why.</summary>
/// <param name="File">The dictionary file.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Reason">Why it was not used.</param>
public sealed record SkippedLine(string File, int Line, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
