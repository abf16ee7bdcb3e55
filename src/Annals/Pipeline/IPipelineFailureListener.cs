using Annals.Text;

namespace Annals.Pipeline;

/// <summary>Told when a component fails on a document; the run then moves on to the next document.</summary>
public interface IPipelineFailureListener
{
    /// <summary>Reports one failure.</summary>
    void OnFailure(Doc doc, IPipelineComponent component, Exception error);
}
