namespace Annals.Tests.Understanding.Places;

/// <summary>One gold place name of a geoparsing corpus: its span in the document text and where it is.</summary>
/// <param name="Start">UTF-16 offset of the name's first character.</param>
/// <param name="End">UTF-16 offset just past the name.</param>
/// <param name="Name">The name as written.</param>
/// <param name="Lat">Gold latitude.</param>
/// <param name="Lon">Gold longitude.</param>
/// <param name="Country">The gold's own country name (LGL), when the corpus gives one.</param>
/// <param name="FeatureCode">The gold's GeoNames feature code (LGL), when the corpus gives one.</param>
internal sealed record GoldToponym(int Start, int End, string Name, double Lat, double Lon, string? Country, string? FeatureCode);
