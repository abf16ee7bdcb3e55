namespace Annals.Events;

/// <summary>Settings of the pattern event coder.</summary>
/// <remarks>Immutable; the defaults suit news prose.</remarks>
public sealed record EventCoderOptions
{
    /// <summary>The default settings.</summary>
    public static EventCoderOptions Default { get; } = new();

    /// <summary>How many words may stand between two words of a pattern ("has made his first official trip to").</summary>
    public int MaxGap { get; init; } = 3;

    /// <summary>How many words may stand between a pattern word and its target ("attacked the northern city of").</summary>
    public int MaxTargetGap { get; init; } = 4;

    /// <summary>Whether "he", "she", "it" and "they" as subjects resolve to an earlier mention.</summary>
    public bool ResolvePronouns { get; init; } = true;

    /// <summary>How many sentences back a pronoun may look for its antecedent.</summary>
    public int PronounLookback { get; init; } = 2;

    /// <summary>Whether a visit (042) to a state or place abroad also codes the host receiving the visitor (043).</summary>
    public bool CodeHosting { get; init; } = true;
}
