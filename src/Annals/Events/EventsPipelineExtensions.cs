using Annals.Events.Patterns;
using Annals.Knowledge;
using Annals.Pipeline;

namespace Annals.Events;

/// <summary>Adds the event stage to a pipeline.</summary>
public static class EventsPipelineExtensions
{
    /// <summary>Adds the pattern event coder (<c>events.patterns.v1</c>) unless one is already there.</summary>
    /// <remarks>The coder loads its codebook and dictionaries once, here; the built pipeline shares it across threads.</remarks>
    public static PipelineBuilder UseEventCoder(this PipelineBuilder builder, EventCoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddIfNotAlready(() => new EventCoderComponent(options));
    }

    /// <summary>Adds the pattern event coder with the knowledge it consults: who occupies which territory on a day.</summary>
    /// <param name="builder">The pipeline being built.</param>
    /// <param name="kb">The knowledge base.</param>
    /// <param name="options">Settings; the defaults suit news prose.</param>
    /// <param name="dictionary">The verb patterns to match (<see cref="VerbDictionary.Load"/>, with the user's own); the shipped ones when null.</param>
    public static PipelineBuilder UseEventCoder(this PipelineBuilder builder, KnowledgeBase kb, EventCoderOptions? options = null, VerbDictionary? dictionary = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(kb);
        return builder.AddIfNotAlready(() => new EventCoderComponent(CameoCodebook.Load(), dictionary, options, kb));
    }
}
