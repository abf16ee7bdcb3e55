namespace Annals.Store;

/// <summary>An article's exact and near-duplicate fingerprints.</summary>
/// <param name="ContentHash">SHA-256 (hex) of the whitespace-normalised title and text.</param>
/// <param name="SimHash">64-bit SimHash of the text's word shingles.</param>
public sealed record ArticleFingerprint(string ContentHash, ulong SimHash);
