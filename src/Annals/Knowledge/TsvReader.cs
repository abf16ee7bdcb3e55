namespace Annals.Knowledge;

/// <summary>Reads a header-indexed, tab-separated knowledge file, reporting file and line on any fault.</summary>
/// <remarks>No quoting: cells never hold tabs or newlines (the generator replaces them).</remarks>
internal sealed class TsvReader
{
    private readonly TextReader _reader;
    private readonly string _fileName;

    internal TsvReader(TextReader reader, string fileName)
    {
        _reader = reader;
        _fileName = fileName;
    }

    internal IEnumerable<TsvRow> Rows()
    {
        // Lines starting with '#' are comments: files explain themselves above the header.
        var line = 0;
        string? headerLine;
        do
        {
            headerLine = _reader.ReadLine();
            line++;
        }
        while (headerLine is not null && headerLine.StartsWith('#'));
        if (headerLine is null) throw new KnowledgeDataException("K001", _fileName, line, "file is empty, a header row is required");
        var header = headerLine.TrimStart('\uFEFF').Split('\t');
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!index.TryAdd(header[i], i))
            {
                throw new KnowledgeDataException("K007", _fileName, 1, $"column '{header[i]}' appears twice in the header");
            }
        }

        string? text;
        while ((text = _reader.ReadLine()) is not null)
        {
            line++;
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var cells = text.Split('\t');
            if (cells.Length != header.Length)
            {
                throw new KnowledgeDataException("K001", _fileName, line, $"expected {header.Length} cells, found {cells.Length}");
            }

            yield return new TsvRow(_fileName, line, index, cells);
        }
    }
}
