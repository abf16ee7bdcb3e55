using Annals.Events;
using Annals.Events.Patterns;
using Annals.Knowledge;
using Annals.Understanding.Entities;
using Annals.Understanding.Times;

namespace Annals.Pipeline;

/// <summary>The standard pipelines: read text → understand → code events → judge.</summary>
public static class AnnalsPipeline
{
    /// <summary>Builds the full default pipeline over a knowledge base.</summary>
    /// <param name="kb">The knowledge base every stage consults.</param>
    /// <param name="user">The user's PETRARCH or TABARI dictionaries, used beside the shipped knowledge.</param>
    public static Pipeline CreateDefault(KnowledgeBase kb, UserDictionaries? user = null) => Create(kb, user, withContext: true);

    /// <summary>The pipeline an ingest runs: the default one less the context stage.</summary>
    /// <remarks>
    /// A store keeps an article's mentions and events, not the knowledge-base facts set beside them: those are
    /// read from the knowledge base when a question is asked, so working them out for every stored article would
    /// be wasted. The claims stage stays because it dates events ("the first trip since the warrant").
    /// </remarks>
    public static Pipeline CreateForIngest(KnowledgeBase kb, UserDictionaries? user = null) => Create(kb, user, withContext: false);

    private static Pipeline Create(KnowledgeBase kb, UserDictionaries? user, bool withContext)
    {
        var entities = user is null ? null : new EntityOptions { ActorDictionaries = user.Actors, AgentDictionaries = user.Agents };
        var verbs = user is { Verbs.Count: > 0 } ? VerbDictionary.Load(CameoCodebook.Load(), user.Verbs) : null;
        var builder = new PipelineBuilder().UseTokenizer().UseEntities(kb, entities).UseTimes().UseEventCoder(kb, dictionary: verbs);
        if (withContext) builder.UseContext(kb);
        return builder.UseClaims(kb).Build();
    }
}
