namespace Annals.Store;

/// <summary>Number of stored events under one CAMEO root in one month.</summary>
/// <param name="Root">Two-digit CAMEO root.</param>
/// <param name="Month">yyyy-MM of the event's date, null when the date is unknown.</param>
/// <param name="Events">Happenings.</param>
/// <param name="Mentions">Reports of them.</param>
public sealed record RootMonthCount(string Root, string? Month, long Events, long Mentions);
