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

    /// <summary>Runs every component on each of the articles, one component at a time over all of them.</summary>
    /// <param name="articles">The articles to analyse, a few at a time (see remarks).</param>
    /// <param name="failures">Told of a failing component, after which the later components skip that document; when null, the failure is thrown.</param>
    /// <returns>The analysed documents in the articles' order; each exactly what <see cref="Run(Article, IPipelineFailureListener?)"/> gives for its article.</returns>
    /// <remarks>
    /// Each component consults tables of its own (the gazetteer, the verb lexicon, the time words) far larger than the
    /// processor's caches hold beside the others'; run article by article, every component finds its tables pushed out
    /// by the components before it. Run over a few articles in turn, it finds them where the previous article left
    /// them. The documents of the group are all alive until the last component is done, so groups are best kept small
    /// (some tens of articles): a few more documents survive each garbage collection.
    /// </remarks>
    public Doc[] Run(IReadOnlyList<Article> articles, IPipelineFailureListener? failures = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var docs = new Doc[articles.Count];
        for (var i = 0; i < docs.Length; i++) docs[i] = new Doc(articles[i]);
        var stopped = new bool[docs.Length];
        foreach (var component in Components)
        {
            for (var i = 0; i < docs.Length; i++)
            {
                if (stopped[i]) continue;
                try
                {
                    component.Process(docs[i]);
                }
                catch (Exception error) when (failures is not null)
                {
                    failures.OnFailure(docs[i], component, error);
                    stopped[i] = true;
                }
            }
        }
        return docs;
    }
}
