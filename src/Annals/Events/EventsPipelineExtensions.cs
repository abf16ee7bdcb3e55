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
    public static PipelineBuilder UseEventCoder(this PipelineBuilder builder, KnowledgeBase kb, EventCoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(kb);
        return builder.AddIfNotAlready(() => new EventCoderComponent(options, kb));
    }
}
