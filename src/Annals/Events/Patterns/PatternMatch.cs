namespace Annals.Events.Patterns;

/// <summary>Where one pattern matched in a sentence, before its actors are resolved.</summary>
internal sealed class PatternMatch
{
    public required EventPattern Pattern { get; init; }

    /// <summary>The token the pattern was anchored on (the verb).</summary>
    public required int Anchor { get; init; }

    /// <summary>How the anchor token inflects its lemma.</summary>
    public required VerbForms AnchorForm { get; init; }

    /// <summary>Whether the verb is passive ("was attacked by").</summary>
    public required bool Passive { get; init; }

    /// <summary>The tokens the pattern's words matched; two matches sharing one conflict.</summary>
    public required int[] WordTokens { get; init; }

    /// <summary>Mentions the +TARGET slot found (more than one for "X and Y").</summary>
    public required int[] Targets { get; init; }

    /// <summary>The mention a nominal pattern's SOURCE slot found, or -1.</summary>
    public required int Source { get; init; }

    /// <summary>First token of the matched words and slots.</summary>
    public required int First { get; init; }

    /// <summary>Last token of the matched words and slots.</summary>
    public required int Last { get; init; }
}
