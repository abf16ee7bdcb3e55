using Annals.Pipeline;

namespace Annals.Understanding.Times;

/// <summary>Adds the time-expression stage to a pipeline.</summary>
public static class TimesPipelineExtensions
{
    /// <summary>Appends a <see cref="TimeExpressionComponent"/>, which recognises and resolves time expressions.</summary>
    /// <param name="builder">The pipeline being built; it must tokenize and split sentences first.</param>
    /// <param name="options">Settings, or null for <see cref="TimeOptions.Default"/>.</param>
    public static PipelineBuilder UseTimes(this PipelineBuilder builder, TimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new TimeExpressionComponent(options));
    }
}
