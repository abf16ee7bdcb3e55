using Annals.Pipeline;

namespace Annals.Cli;

/// <summary>What commands share within one run: the pipeline, built once on first use.</summary>
internal sealed class CliServices
{
    private readonly Lazy<Pipeline.Pipeline> _pipeline = new(() => AnnalsPipeline.CreateDefault());

    /// <summary>The default analysis pipeline.</summary>
    public Pipeline.Pipeline Pipeline => _pipeline.Value;
}
