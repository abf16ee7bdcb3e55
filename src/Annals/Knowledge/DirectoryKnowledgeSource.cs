namespace Annals.Knowledge;

/// <summary>Reads knowledge-base files from a folder, e.g. <c>data/kb</c> of a checkout while editing facts.</summary>
/// <remarks>Thread-safe; the files are read on each <see cref="Open"/>.</remarks>
public sealed class DirectoryKnowledgeSource : IKnowledgeSource
{
    private readonly string _directory;
    private readonly Lazy<string> _versionId;

    /// <summary>Creates a source over <paramref name="directory"/>.</summary>
    public DirectoryKnowledgeSource(string directory)
    {
        Preconditions.CheckNotNullOrEmpty(directory, nameof(directory));
        _directory = directory;
        _versionId = new Lazy<string>(() => "directory:" + EmbeddedKnowledgeSource.MetaVersion(this));
    }

    /// <inheritdoc />
    public string VersionId => _versionId.Value;

    /// <inheritdoc />
    public TextReader Open(string fileName)
    {
        var path = Path.Combine(_directory, fileName);
        if (!File.Exists(path))
        {
            throw new KnowledgeDataException("K005", fileName, 0, $"file {path} not found");
        }

        return EmbeddedKnowledgeSource.Wrap(File.OpenRead(path), fileName);
    }
}
