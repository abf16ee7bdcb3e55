using Annals.Pipeline;
using Annals.Text;

namespace Annals.Understanding.Times;

/// <summary>
/// Pipeline stage that recognises time expressions ("Thursday", "Oct. 12, 2023", "last week", "earlier this
/// year", "from May to July") and resolves each against the article's publication date.
/// </summary>
/// <remarks>
/// Rule-based over tokens: a few dictionary lookups per token, tables built once. Relative expressions
/// need the publication date; without one they are reported with <see cref="EventDate.UnknownBecause"/>.
/// The clock is never read. Thread-safe: all per-document state lives in a scanner created per call.
/// Spans follow TimeML: prepositions ("on", "in") stay outside, modifiers ("early", "last") inside.
/// </remarks>
public sealed class TimeExpressionComponent : IPipelineComponent
{
    private readonly TimeOptions _options;

    /// <summary>Creates the component.</summary>
    /// <param name="options">Settings, or null for <see cref="TimeOptions.Default"/>.</param>
    public TimeExpressionComponent(TimeOptions? options = null) => _options = options ?? TimeOptions.Default;

    /// <inheritdoc />
    public ComponentInfo Info { get; } = new("times.rules.v1", Annotations.Tokens | Annotations.Sentences, Annotations.Times);

    /// <inheritdoc />
    public void Process(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        new TimeScanner(doc, _options).Run();
    }
}
