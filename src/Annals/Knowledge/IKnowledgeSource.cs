namespace Annals.Knowledge;

/// <summary>Supplies the knowledge base's data files, in the way NodaTime's <c>IDateTimeZoneSource</c> supplies time-zone data.</summary>
/// <remarks>Implementations must be safe to call from several threads; each call returns a new reader.</remarks>
public interface IKnowledgeSource
{
    /// <summary>Identifies the exact data set, so stored results can say which knowledge they were judged against.</summary>
    string VersionId { get; }

    /// <summary>Opens one data file, e.g. <c>states.tsv</c>. Names ending <c>.gz</c> are decompressed transparently.</summary>
    /// <exception cref="KnowledgeDataException">The file does not exist (code K005).</exception>
    TextReader Open(string fileName);
}
