namespace Annals.Answers;

/// <summary>What a verdict rests on: a stored event, an article, or a knowledge-base fact.</summary>
/// <remarks>Immutable. <see cref="Kind"/> is <c>event</c>, <c>article</c> or <c>fact</c>.</remarks>
public sealed record ClaimEvidence(string Kind, string? Id, string Statement, string Source);
