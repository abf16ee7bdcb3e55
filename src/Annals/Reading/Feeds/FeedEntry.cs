namespace Annals.Reading.Feeds;

/// <summary>What a feed parse yields: an item, or an error (fatal when nothing can follow).</summary>
/// <param name="Item">The item read.</param>
/// <param name="Error">What went wrong.</param>
/// <param name="Fatal">Whether the feed could not be read at all.</param>
public readonly record struct FeedEntry(FeedItem? Item, ReadError? Error, bool Fatal);
