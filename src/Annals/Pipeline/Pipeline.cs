using Annals.Reading;
using Annals.Text;

namespace Annals.Pipeline;

/// <summary>An ordered, immutable list of components that turns an article into an analysed <see cref="Doc"/>.</summary>
/// <remarks>Thread-safe and reusable: build it once with <see cref="PipelineBuilder"/> and run it on any number of articles.</remarks>
public sealed class Pipeline
{
    internal Pipeline(IReadOnlyList<IPipelineComponent> components) => Components = components;

    /// <summary>The components in run order.</summary>
    public IReadOnlyList<IPipelineComponent> Components { get; }

    /// <summary>The components' names joined with '+', as <c>--pipeline</c> takes them.</summary>
    public string Description => string.Join('+', Components.Select(c => c.Info.Name));

    /// <summary>Runs every component on the article.</summary>
    /// <param name="article">The article to analyse.</param>
    /// <param name="failures">Told of a failing component; when null, the failure is thrown.</param>
    /// <returns>The analysed document; when a component failed, what the others could still find.</returns>
    public Doc Run(Article article, IPipelineFailureListener? failures = null)
    {
        var doc = new Doc(article);
        foreach (var component in Components)
        {
            try
            {
                component.Process(doc);
            }
            catch (Exception error) when (failures is not null)
            {
                failures.OnFailure(doc, component, error);
                break;
            }
        }
        return doc;
    }
}
