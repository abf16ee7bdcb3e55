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
    public NameReadings(IReadOnlyList<GazetteerEntry> entries)
    {
        Entries = entries;
        Facts = DocContext.FactsOf(entries);
        Places = PlaceCoherence.ReadingsOf(entries);
    }

    /// <summary>The entries these readings were made from.</summary>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>The states the name names, its likeliest country and its one first-level division.</summary>
    public DocContext.EntryFacts Facts { get; }

    /// <summary>The countries and divisions its place readings lie in, and how much each is backed.</summary>
    public PlaceCoherence.Readings Places { get; }
}
