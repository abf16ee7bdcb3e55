using Annals.Events;
using Annals.Knowledge;
using Annals.Understanding.Times;

namespace Annals.Pipeline;

/// <summary>The standard pipelines: read text → understand → code events → judge.</summary>
public static class AnnalsPipeline
{
    /// <summary>Builds the full default pipeline over a knowledge base.</summary>
    public static Pipeline CreateDefault(KnowledgeBase kb) =>
        new PipelineBuilder()
            .UseTokenizer()
            .UseEntities(kb)
            .UseTimes()
            .UseEventCoder()
            .UseContext(kb)
            .UseClaims(kb)
            .Build();
}
