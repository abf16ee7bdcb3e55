namespace Annals.Store;

/// <summary>An input location at which an article's content was seen.</summary>
/// <param name="ContentHash">The article's content hash.</param>
/// <param name="Key">The input location: the input name and the article's id in it.</param>
public sealed record Sighting(string ContentHash, string Key);
