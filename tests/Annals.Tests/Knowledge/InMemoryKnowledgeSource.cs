using Annals.Knowledge;

namespace Annals.Tests.Knowledge;

/// <summary>The embedded data with some files replaced, to test how the loader reports bad rows.</summary>
internal sealed class InMemoryKnowledgeSource(IReadOnlyDictionary<string, string> overrides) : IKnowledgeSource
{
    private readonly EmbeddedKnowledgeSource _embedded = new();

    public string VersionId => "test";

    public TextReader Open(string fileName) =>
        overrides.TryGetValue(fileName, out var text) ? new StringReader(text) : _embedded.Open(fileName);
}
