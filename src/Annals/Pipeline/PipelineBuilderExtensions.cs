using Annals.Answers.Claims;
using Annals.Answers.Context;
using Annals.Knowledge;
using Annals.Text.Tokenization;
using Annals.Understanding.Entities;

namespace Annals.Pipeline;

/// <summary>The <c>UseXxx</c> methods that add the core components to a <see cref="PipelineBuilder"/>.</summary>
public static class PipelineBuilderExtensions
{
    /// <summary>Adds tokenization and sentence splitting.</summary>
    public static PipelineBuilder UseTokenizer(this PipelineBuilder builder) =>
        builder.AddIfNotAlready(() => new TokenizerComponent());

    /// <summary>Adds entity recognition and linking against the knowledge base.</summary>
    public static PipelineBuilder UseEntities(this PipelineBuilder builder, KnowledgeBase kb, EntityOptions? options = null) =>
        builder.AddIfNotAlready(() => new EntityRecognizerComponent(kb, options));

    /// <summary>Adds the knowledge-base context: treaty standing, memberships, offices, warrants.</summary>
    public static PipelineBuilder UseContext(this PipelineBuilder builder, KnowledgeBase kb) =>
        builder.AddIfNotAlready(() => new ContextComponent(kb));

    /// <summary>Adds claim finding and checking against the knowledge base.</summary>
    public static PipelineBuilder UseClaims(this PipelineBuilder builder, KnowledgeBase kb) =>
        builder.AddIfNotAlready(() => new ClaimsComponent(kb));
}
