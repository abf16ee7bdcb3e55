using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace Annals.Knowledge;

/// <summary>Reads the knowledge base shipped inside the Annals assembly (resources <c>Annals.Data.kb/&lt;file&gt;</c>).</summary>
/// <remarks>Stateless apart from a lazily read version id; thread-safe.</remarks>
public sealed class EmbeddedKnowledgeSource : IKnowledgeSource
{
    private readonly Assembly _assembly = typeof(EmbeddedKnowledgeSource).Assembly;
    private readonly Lazy<string> _versionId;
    private readonly string _folder;

    /// <summary>Creates a source over the embedded data.</summary>
    public EmbeddedKnowledgeSource() : this("kb")
    {
    }

    /// <summary>Reads the files embedded from another folder of data/, e.g. <c>actors</c>.</summary>
    public EmbeddedKnowledgeSource(string folder)
    {
        Preconditions.CheckNotNullOrEmpty(folder, nameof(folder));
        _folder = folder;
        _versionId = new Lazy<string>(() => "embedded:" + (folder == "kb" ? MetaVersion(this) : folder));
    }

    /// <inheritdoc />
    public string VersionId => _versionId.Value;

    /// <inheritdoc />
    public TextReader Open(string fileName)
    {
        Preconditions.CheckNotNullOrEmpty(fileName, nameof(fileName));
        // MSBuild's RecursiveDir uses the host's separator, so a Windows build names it kb\file.
        var stream = _assembly.GetManifestResourceStream($"Annals.Data.{_folder}/{fileName}")
            ?? _assembly.GetManifestResourceStream($"Annals.Data.{_folder}\\{fileName}")
            ?? throw new KnowledgeDataException("K005", fileName, 0, $"embedded resource Annals.Data.{_folder}/{fileName} not found");
        return Wrap(stream, fileName);
    }

    internal static TextReader Wrap(Stream stream, string fileName)
    {
        if (fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }

    internal static string MetaVersion(IKnowledgeSource source)
    {
        using var reader = source.Open(KnowledgeFiles.Meta);
        foreach (var row in new TsvReader(reader, KnowledgeFiles.Meta).Rows())
        {
            if (row.Required("key") == "version")
            {
                return row.Required("value");
            }
        }

        return "unversioned";
    }
}
