namespace Annals.Knowledge;

/// <summary>The names of the knowledge base's data files.</summary>
public static class KnowledgeFiles
{
    /// <summary>Source ids with titles, URLs and licences.</summary>
    public const string Sources = "sources.tsv";

    /// <summary>Version and as-of dates.</summary>
    public const string Meta = "meta.tsv";

    /// <summary>States and territories.</summary>
    public const string States = "states.tsv";

    /// <summary>Rome Statute signatures, ratifications and withdrawals.</summary>
    public const string RomeStatute = "rome_statute.tsv";

    /// <summary>Intergovernmental organisations.</summary>
    public const string Organizations = "organizations.tsv";

    /// <summary>Memberships of states in organisations, with dates.</summary>
    public const string Memberships = "memberships.tsv";

    /// <summary>Terms of heads of state and government.</summary>
    public const string Leaders = "leaders.tsv";

    /// <summary>ICC warrants, summonses and public applications.</summary>
    public const string Warrants = "warrants.tsv";

    /// <summary>Cities and capitals (GeoNames).</summary>
    public const string Places = "places.tsv";

    /// <summary>World regions and the states they cover.</summary>
    public const string Regions = "regions.tsv";

    /// <summary>Every file <see cref="KnowledgeBase.Load"/> reads.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Sources, Meta, States, RomeStatute, Organizations, Memberships, Leaders, Warrants, Places, Regions];
}
