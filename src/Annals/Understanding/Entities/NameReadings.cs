namespace Annals.Understanding.Entities;

/// <summary>
/// What one name's gazetteer entries say whatever the article: the states it names and its likeliest
/// country (<see cref="DocContext"/>), and where its place readings lie (<see cref="PlaceCoherence"/>).
/// </summary>
/// <remarks>
/// Never changed after it is made, so shared between articles and threads. The gazetteer keeps one per
/// phrase, made on the phrase's first match: a name can have hundreds of GeoNames readings, and working them
/// out again for every article (or finding them again through a table keyed by the list) cost a fifth of
/// the entity stage. A list made for one match (a part of a hyphenated word, a county) gets its own.
/// </remarks>
internal sealed class NameReadings
{
    public NameReadings(GazetteerEntry[] entries)
    {
        Entries = entries;
        Kinds = KindsOf(entries);
        Facts = DocContext.FactsOf(entries);
        Places = PlaceCoherence.ReadingsOf(entries);
    }

    /// <summary>The kinds among the entries, one bit each (<see cref="Bit"/>).</summary>
    public int Kinds { get; }

    /// <summary>The bit of a kind in <see cref="Kinds"/>.</summary>
    public static int Bit(EntryKind kind) => 1 << (int)kind;

    /// <summary>The kinds among <paramref name="entries"/>, one bit each.</summary>
    public static int KindsOf(IReadOnlyList<GazetteerEntry> entries)
    {
        var kinds = 0;
        for (var i = 0; i < entries.Count; i++) kinds |= Bit(entries[i].Kind);
        return kinds;
    }

    /// <summary>The entries these readings were made from.</summary>
    public GazetteerEntry[] Entries { get; }

    /// <summary>The states the name names, its likeliest country and its one first-level division.</summary>
    public DocContext.EntryFacts Facts { get; }

    /// <summary>The countries and divisions its place readings lie in, and how much each is backed.</summary>
    public PlaceCoherence.Readings Places { get; }
}
