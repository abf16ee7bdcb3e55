namespace Annals.Knowledge;

/// <summary>Reading data files through an <see cref="IKnowledgeSource"/>.</summary>
internal static class KnowledgeSourceExtensions
{
    /// <summary>The rows of a tab-separated file, header-indexed; comment lines (#) skipped.</summary>
    internal static IEnumerable<TsvRow> ReadTsv(this IKnowledgeSource source, string file)
    {
        using var reader = source.Open(file);
        foreach (var row in new TsvReader(reader, file).Rows())
            yield return row;
    }
}
