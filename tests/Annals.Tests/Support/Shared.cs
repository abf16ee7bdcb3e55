using Annals.Knowledge;
using Annals.Pipeline;

namespace Annals.Tests.Support;

/// <summary>The shipped knowledge base and default pipeline, loaded once for the whole test run.</summary>
internal static class Shared
{
    private static readonly Lazy<KnowledgeBase> LazyKb = new(KnowledgeBase.LoadEmbedded);
    private static readonly Lazy<Annals.Pipeline.Pipeline> LazyPipeline = new(() => AnnalsPipeline.CreateDefault(Kb));

    public static KnowledgeBase Kb => LazyKb.Value;

    public static Annals.Pipeline.Pipeline Pipeline => LazyPipeline.Value;
}
