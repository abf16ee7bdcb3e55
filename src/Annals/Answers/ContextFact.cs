namespace Annals.Answers;

/// <summary>A knowledge-base fact that bears on an article, stated for a reader.</summary>
/// <remarks>Immutable. <see cref="Kind"/> is e.g. <c>treaty-status</c>, <c>membership</c>, <c>head-of-state</c>, <c>warrant</c>.</remarks>
public sealed record ContextFact(string Subject, string Kind, string Statement, string Source);
