using Annals.Knowledge;

namespace Annals.Understanding.Entities;

/// <summary>The generic-group and title lexicons of data/actors/, with their CAMEO sector codes.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ActorLexicon
{
    /// <summary>A generic group phrase and its CAMEO sector.</summary>
    public sealed record Group(string Phrase, string Sector, string Source);

    /// <summary>A title of office, its role and its CAMEO sector.</summary>
    public sealed record TitleEntry(string Title, string Role, string Sector, string Source);

    private ActorLexicon(IReadOnlyList<Group> groups, IReadOnlyList<TitleEntry> titles)
    {
        Groups = groups;
        Titles = titles;
    }

    /// <summary>Every group phrase.</summary>
    public IReadOnlyList<Group> Groups { get; }

    /// <summary>Every title.</summary>
    public IReadOnlyList<TitleEntry> Titles { get; }

    /// <summary>Loads the lexicons shipped in the assembly.</summary>
    public static ActorLexicon LoadEmbedded()
    {
        var source = new EmbeddedKnowledgeSource("actors");
        var groups = new List<Group>();
        foreach (var row in source.ReadTsv("groups.tsv"))
        {
            foreach (var phrase in row.List("phrase"))
                groups.Add(new Group(phrase, row.Required("sector"), row.Required("source")));
        }
        var titles = source.ReadTsv("titles.tsv")
            .Select(row => new TitleEntry(row.Required("title"), row.Required("role"), row.Required("sector"), row.Required("source")))
            .ToList();
        return new ActorLexicon(groups, titles);
    }
}
