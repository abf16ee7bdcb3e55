using Annals.Text.Tokenization;

namespace Annals.Pipeline;

/// <summary>The standard pipelines: read text → understand → code events → judge.</summary>
public static class AnnalsPipeline
{
    /// <summary>Builds the full default pipeline.</summary>
    public static Pipeline CreateDefault() =>
        new PipelineBuilder()
            .UseTokenizer()
            .Build();
}
