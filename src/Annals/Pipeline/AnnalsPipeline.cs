using Annals.Events;
using Annals.Events.Patterns;
using Annals.Knowledge;
using Annals.Understanding.Times;

namespace Annals.Pipeline;

/// <summary>The standard pipelines: read text → understand → code events → judge.</summary>
public static class AnnalsPipeline
{
    /// <summary>Builds the full default pipeline over a knowledge base.</summary>
    /// <param name="kb">The knowledge base every stage consults.</param>
    /// <param name="verbs">The event coder's verb patterns, e.g. with the user's PETRARCH dictionaries; the shipped ones when null.</param>
    public static Pipeline CreateDefault(KnowledgeBase kb, VerbDictionary? verbs = null) => Create(kb, verbs, withContext: true);

    /// <summary>The pipeline an ingest runs: the default one less the context stage.</summary>
    /// <remarks>
    /// A store keeps an article's mentions and events, not the knowledge-base facts set beside them: those are
    /// read from the knowledge base when a question is asked, so working them out for every stored article would
    /// be wasted. The claims stage stays because it dates events ("the first trip since the warrant").
    /// </remarks>
    public static Pipeline CreateForIngest(KnowledgeBase kb, VerbDictionary? verbs = null) => Create(kb, verbs, withContext: false);

    private static Pipeline Create(KnowledgeBase kb, VerbDictionary? verbs, bool withContext)
    {
        var builder = new PipelineBuilder().UseTokenizer().UseEntities(kb).UseTimes().UseEventCoder(kb, dictionary: verbs);
        if (withContext) builder.UseContext(kb);
        return builder.UseClaims(kb).Build();
    }
}
