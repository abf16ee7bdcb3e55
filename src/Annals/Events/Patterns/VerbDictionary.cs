using System.Collections.Frozen;

namespace Annals.Events.Patterns;

/// <summary>All verb patterns of the shipped dictionaries, indexed by the word each is looked up by.</summary>
/// <remarks>
/// Immutable and thread-safe once loaded. A token costs one dictionary lookup (its normalised text to
/// the lemmas it inflects) plus one per lemma (lemma to patterns anchored on it).
/// </remarks>
public sealed class VerbDictionary
{
    private readonly FrozenDictionary<int, EventPattern[]> _byAnchor;

    private VerbDictionary(Lexicon lexicon, IReadOnlyList<EventPattern> patterns)
    {
        Lexicon = lexicon;
        Patterns = patterns;
        var index = new Dictionary<int, List<EventPattern>>();
        foreach (var pattern in patterns)
        {
            foreach (var lemma in pattern.Elements[pattern.Anchor].Lemmas)
            {
                if (!index.TryGetValue(lemma, out var list)) index[lemma] = list = [];
                list.Add(pattern);
            }
        }
        _byAnchor = index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Every pattern, in file and line order.</summary>
    public IReadOnlyList<EventPattern> Patterns { get; }

    internal Lexicon Lexicon { get; }

    /// <summary>Loads the dictionaries shipped in the library (<c>data/events/verbs/*.txt</c>).</summary>
    public static VerbDictionary Load(CameoCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var files = EmbeddedData.List("events/verbs/").Select(path => (path["events/".Length..], EmbeddedData.ReadText(path)));
        return Parse(files, codebook);
    }

    /// <summary>Builds a dictionary from pattern files given as (name, text).</summary>
    public static VerbDictionary Parse(IEnumerable<(string File, string Text)> files, CameoCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(codebook);
        var lexicon = new Lexicon(Inflector.Load());
        var patterns = new List<EventPattern>();
        foreach (var (file, text) in files)
            patterns.AddRange(PatternParser.Parse(file, text, lexicon, codebook));
        lexicon.Freeze();
        return new VerbDictionary(lexicon, patterns);
    }

    internal EventPattern[] Anchored(int lemma) => _byAnchor.TryGetValue(lemma, out var list) ? list : [];
}
