using Annals.Text;

namespace Annals.Understanding.Entities;

/// <summary>A stretch of text that names an entity, with what the knowledge base says it is.</summary>
/// <remarks>Immutable. <see cref="Range"/> points into the document text; tokens are <c>[FirstToken, EndToken)</c>.</remarks>
public sealed record EntityMention
{
    /// <summary>Where the mention is.</summary>
    public required TextRange Range { get; init; }

    /// <summary>Index of the mention's first token.</summary>
    public required int FirstToken { get; init; }

    /// <summary>Index just past the mention's last token.</summary>
    public required int EndToken { get; init; }

    /// <summary>The mention as written.</summary>
    public required string Text { get; init; }

    /// <summary>What kind of thing is named.</summary>
    public required EntityType Type { get; init; }

    /// <summary>Knowledge-base id, when the mention was linked.</summary>
    public string? KbId { get; init; }

    /// <summary>Canonical name of what is named.</summary>
    public string? Name { get; init; }

    /// <summary>CAMEO actor code: country code plus role codes (RUSGOV, KGZ, IGO, NGO).</summary>
    public string? Actor { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code of the entity's country.</summary>
    public string? Country { get; init; }

    /// <summary>Latitude, for places and states.</summary>
    public double? Lat { get; init; }

    /// <summary>Longitude, for places and states.</summary>
    public double? Lon { get; init; }

    /// <summary>How the mention was recognised (e.g. <c>gazetteer:state-adjective</c>), for tracing.</summary>
    public string? Rule { get; init; }
}
