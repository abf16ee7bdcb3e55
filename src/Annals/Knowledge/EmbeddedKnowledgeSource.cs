using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace Annals.Knowledge;

/// <summary>Reads the knowledge base shipped inside the Annals assembly (resources <c>Annals.Data.kb/&lt;file&gt;</c>).</summary>
/// <remarks>Stateless apart from a lazily read version id; thread-safe.</remarks>
public sealed class EmbeddedKnowledgeSource : IKnowledgeSource
{
    private const string Prefix = "Annals.Data.kb/";
    private readonly Assembly _assembly = typeof(EmbeddedKnowledgeSource).Assembly;
    private readonly Lazy<string> _versionId;

    /// <summary>Creates a source over the embedded data.</summary>
    public EmbeddedKnowledgeSource() => _versionId = new Lazy<string>(() => "embedded:" + MetaVersion(this));

    /// <inheritdoc />
    public string VersionId => _versionId.Value;

    /// <inheritdoc />
    public TextReader Open(string fileName)
    {
        Preconditions.CheckNotNullOrEmpty(fileName, nameof(fileName));
        // MSBuild's RecursiveDir uses the host's separator, so a Windows build names it kb\file.
        var stream = _assembly.GetManifestResourceStream(Prefix + fileName)
            ?? _assembly.GetManifestResourceStream("Annals.Data.kb\\" + fileName)
            ?? throw new KnowledgeDataException("K005", fileName, 0, $"embedded resource {Prefix}{fileName} not found");
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
