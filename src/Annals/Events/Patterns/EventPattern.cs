namespace Annals.Events.Patterns;

/// <summary>One line of a verb-pattern dictionary: a CAMEO code and the words that express it.</summary>
/// <remarks>Immutable. See <c>data/events/README.md</c> for the pattern language.</remarks>
public sealed class EventPattern
{
    private string? _provenance;

    internal EventPattern(string code, string text, string file, int line, PatternElement[] elements, int anchor, bool nominal)
    {
        Code = code;
        Text = text;
        File = file;
        Line = line;
        Elements = elements;
        Anchor = anchor;
        IsNominal = nominal;
        var specificity = 0;
        foreach (var e in elements)
            if (e.Kind == PatternElementKind.Word) specificity += e.Group == 0 ? 2 : 1;
        Specificity = specificity;
        RequiredWords = [.. elements.Where((e, i) => i != anchor && e.Kind == PatternElementKind.Word && e.Group == 0).Select(e => e.Lemmas)];
    }

    /// <summary>The CAMEO event code the pattern codes.</summary>
    public string Code { get; }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>The dictionary file, e.g. <c>verbs/04-consult.txt</c>.</summary>
    public string File { get; }

    /// <summary>The 1-based line in <see cref="File"/>.</summary>
    public int Line { get; }

    /// <summary>Whether the pattern names its source (<c>SOURCE's visit to +TARGET</c>) instead of finding the subject of a verb.</summary>
    public bool IsNominal { get; }

    /// <summary>Where the pattern comes from, for <see cref="CodedEvent.Pattern"/>: <c>file:line pattern</c>.</summary>
    /// <remarks>Written once, when first asked for: every event the pattern codes carries it.</remarks>
    public string Provenance => _provenance ??= $"{File}:{Line} {Text}";

    internal PatternElement[] Elements { get; }

    /// <summary>Index of the element the pattern is looked up by: the verb, or a nominal pattern's first word after SOURCE.</summary>
    internal int Anchor { get; }

    /// <summary>How many words the pattern pins down; the more specific of two overlapping matches wins.</summary>
    internal int Specificity { get; }

    /// <summary>For each word the pattern requires besides its anchor, the lemmas that may fill it.</summary>
    internal int[][] RequiredWords { get; }

    /// <summary>Whether the pattern has a target slot.</summary>
    internal bool HasTarget => Array.Exists(Elements, e => e.Kind == PatternElementKind.Target);

    /// <inheritdoc />
    public override string ToString() => Provenance;
}
