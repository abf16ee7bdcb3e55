namespace Annals.Knowledge;

/// <summary>A knowledge-base file is missing or malformed.</summary>
/// <remarks>
/// Codes are stable: K001 wrong number of cells, K002 missing column, K003 bad date, K004 bad value,
/// K005 missing file, K006 reference to something not in the knowledge base, K007 duplicate key.
/// </remarks>
public sealed class KnowledgeDataException : Exception
{
    /// <summary>Creates the exception; the message names the code, file and line.</summary>
    public KnowledgeDataException(string code, string fileName, int line, string detail)
        : base($"{code} {fileName}{(line > 0 ? ":" + line : string.Empty)}: {detail}")
    {
        Code = code;
        FileName = fileName;
        Line = line;
    }

    /// <summary>The stable error code, e.g. <c>K001</c>.</summary>
    public string Code { get; }

    /// <summary>The data file at fault.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line (the header is line 1), or 0 when the whole file is at fault.</summary>
    public int Line { get; }
}
