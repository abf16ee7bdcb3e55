using Annals.Text;

namespace Annals.Pipeline;

/// <summary>One named stage of a <see cref="Pipeline"/>.</summary>
/// <remarks>
/// Implementations must be thread-safe: a built pipeline is shared by concurrent runs, so all
/// per-document state lives on the <see cref="Doc"/>.
/// </remarks>
public interface IPipelineComponent
{
    /// <summary>The component's name and its annotation contract.</summary>
    ComponentInfo Info { get; }

    /// <summary>Reads and annotates one document.</summary>
    void Process(Doc doc);
}
