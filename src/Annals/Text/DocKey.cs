namespace Annals.Text;

/// <summary>A typed key for a component's private data on a <see cref="Doc"/>.</summary>
/// <remarks>Keys compare by reference: declare each once as a static field of the component that owns it.</remarks>
public sealed class DocKey<T>(string name) where T : class
{
    /// <summary>A name for diagnostics.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public override string ToString() => Name;
}
