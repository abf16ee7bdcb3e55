using NodaTime;

namespace Annals.Knowledge;

/// <summary>A territory of one state held by another (<c>occupations.tsv</c>): Crimea, held by Russia, belongs to Ukraine.</summary>
/// <remarks>Immutable. Half-open in time: occupied on D when <c>Since &lt;= D &lt; Until</c>.</remarks>
public sealed record Occupation
{
    /// <summary>The state the territory belongs to in international law.</summary>
    public required string Iso3 { get; init; }

    /// <summary>The territory's name.</summary>
    public required string Territory { get; init; }

    /// <summary>The occupying state.</summary>
    public required string Occupier { get; init; }

    /// <summary>Since when.</summary>
    public required LocalDate Since { get; init; }

    /// <summary>Until when; null while it lasts.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>Place names inside the territory, as articles and the travel log write them.</summary>
    public required IReadOnlyList<string> Places { get; init; }

    /// <summary>Source URLs or ids, <c>|</c>-separated.</summary>
    public required string Source { get; init; }

    /// <summary>How sure the row is.</summary>
    public required string Confidence { get; init; }

    /// <summary>True when the occupation lasts on <paramref name="date"/>.</summary>
    public bool IsInForceOn(LocalDate date) => Since <= date && (Until is not { } until || date < until);

    /// <summary>True when <paramref name="place"/> names this territory or a place in it (case and diacritics ignored).</summary>
    public bool Covers(string place)
    {
        ArgumentNullException.ThrowIfNull(place);
        var key = NameKey.Of(place);
        return NameKey.Of(Territory) == key || Places.Any(p => NameKey.Of(p) == key);
    }
}
