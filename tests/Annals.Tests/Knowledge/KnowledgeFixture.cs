using Annals.Knowledge;

namespace Annals.Tests.Knowledge;

/// <summary>Loads the embedded knowledge base once for all Knowledge tests.</summary>
public sealed class KnowledgeFixture
{
    public KnowledgeBase Kb { get; } = KnowledgeBase.LoadEmbedded();
}
