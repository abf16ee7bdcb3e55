using Annals.Text.Tokenization;

namespace Annals.Pipeline;

/// <summary>The <c>UseXxx</c> methods that add the core components to a <see cref="PipelineBuilder"/>.</summary>
public static class PipelineBuilderExtensions
{
    /// <summary>Adds tokenization and sentence splitting.</summary>
    public static PipelineBuilder UseTokenizer(this PipelineBuilder builder) =>
        builder.AddIfNotAlready(() => new TokenizerComponent());
}
