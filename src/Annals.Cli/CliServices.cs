using Annals.Knowledge;
using Annals.Pipeline;

namespace Annals.Cli;

/// <summary>What commands share within one run: the knowledge base and the pipeline, each built once on first use.</summary>
internal sealed class CliServices
{
    private readonly Lazy<KnowledgeBase> _kb = new(KnowledgeBase.LoadEmbedded);
    private readonly Lazy<Pipeline.Pipeline> _pipeline;

    public CliServices() => _pipeline = new(() => AnnalsPipeline.CreateDefault(Knowledge));

    /// <summary>The shipped knowledge base.</summary>
    public KnowledgeBase Knowledge => _kb.Value;

    /// <summary>The default analysis pipeline.</summary>
    public Pipeline.Pipeline Pipeline => _pipeline.Value;
}
