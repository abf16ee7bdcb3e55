namespace Annals.Events.Patterns;

/// <summary>One element of a parsed pattern.</summary>
/// <param name="Kind">What it matches.</param>
/// <param name="Lemmas">For words: the lexicon ids of the alternatives.</param>
/// <param name="Group">0 when required; otherwise the optional group it belongs to (all or none of a group match).</param>
internal readonly record struct PatternElement(PatternElementKind Kind, int[] Lemmas, int Group);
