namespace Annals.Store;

/// <summary>How much a store holds.</summary>
/// <param name="Articles">Stored articles (exact duplicates are not stored twice).</param>
/// <param name="NearDuplicates">Stored articles linked to an earlier article as near-duplicates.</param>
/// <param name="Sightings">Input locations at which stored articles were seen (exact duplicates add sightings).</param>
/// <param name="Mentions">Entity mentions.</param>
/// <param name="Events">Happenings (aggregated events).</param>
/// <param name="EventMentions">Reports of events (sentences coded).</param>
/// <param name="Runs">Ingest runs started.</param>
public sealed record StoreCounts(long Articles, long NearDuplicates, long Sightings, long Mentions, long Events, long EventMentions, long Runs);
