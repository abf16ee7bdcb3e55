using Annals.Knowledge;
using Annals.Pipeline;

namespace Annals.Cli;

/// <summary>What commands share within one run: the knowledge base and the pipeline, each built once on first use.</summary>
internal sealed class CliServices
{
    private readonly Lazy<KnowledgeBase> _kb = new(KnowledgeBase.LoadEmbedded);
    private readonly Lazy<Pipeline.Pipeline> _pipeline;
    private readonly Lazy<Pipeline.Pipeline> _ingestPipeline;

    private UserDictionaries? _user;

    public CliServices()
    {
        _pipeline = new(() => AnnalsPipeline.CreateDefault(Knowledge, _user));
        _ingestPipeline = new(() => AnnalsPipeline.CreateForIngest(Knowledge, _user));
    }

    /// <summary>Uses the user's dictionaries beside the shipped knowledge; before a pipeline is first used.</summary>
    public void UseDictionaries(UserDictionaries dictionaries)
    {
        if (_pipeline.IsValueCreated || _ingestPipeline.IsValueCreated)
            throw new InvalidOperationException("the pipelines are already built");
        _user = dictionaries;
    }

    /// <summary>The shipped knowledge base.</summary>
    public KnowledgeBase Knowledge => _kb.Value;

    /// <summary>The default analysis pipeline.</summary>
    public Pipeline.Pipeline Pipeline => _pipeline.Value;

    /// <summary>The pipeline that feeds a store (<see cref="AnnalsPipeline.CreateForIngest"/>).</summary>
    public Pipeline.Pipeline IngestPipeline => _ingestPipeline.Value;
}
