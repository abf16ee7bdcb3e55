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
    // Whether each lemma anchors some pattern: most forms in running text ("to", "with", "in") only fill a pattern's later words.
    private readonly bool[] _anchors;

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
        _anchors = new bool[lexicon.LemmaCount];
        foreach (var lemma in index.Keys) _anchors[lemma] = true;
    }

    /// <summary>Every pattern, in file and line order.</summary>
    public IReadOnlyList<EventPattern> Patterns { get; }

    internal Lexicon Lexicon { get; }

    /// <summary>Loads the dictionaries shipped in the library (<c>data/events/verbs/*.txt</c>), and the user's own when given.</summary>
    /// <param name="codebook">The CAMEO codebook patterns are checked against.</param>
    /// <param name="userDictionaries">PETRARCH or TABARI verb dictionaries whose patterns are matched beside the shipped ones.</param>
    public static VerbDictionary Load(CameoCodebook codebook, IEnumerable<PetrarchVerbDictionary>? userDictionaries = null)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var files = EmbeddedData.List("events/verbs/").Select(path => (path["events/".Length..], EmbeddedData.ReadText(path)));
        return Parse(files, codebook, userDictionaries);
    }

    /// <summary>Builds a dictionary from pattern files given as (name, text), and the user's own dictionaries when given.</summary>
    public static VerbDictionary Parse(IEnumerable<(string File, string Text)> files, CameoCodebook codebook, IEnumerable<PetrarchVerbDictionary>? userDictionaries = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(codebook);
        var lexicon = new Lexicon(Inflector.Load());
        var patterns = new List<EventPattern>();
        foreach (var (file, text) in files)
            patterns.AddRange(PatternParser.Parse(file, text, lexicon, codebook));
        foreach (var user in userDictionaries ?? [])
        {
            foreach (var (lemma, form) in user.Forms) lexicon.AddForm(lemma, form);
            foreach (var (line, code, body) in user.Patterns)
                patterns.Add(PatternParser.ParsePattern(user.File, line, code, body, lexicon));
        }
        lexicon.Freeze();
        return new VerbDictionary(lexicon, patterns);
    }

    internal EventPattern[] Anchored(int lemma) => _byAnchor.TryGetValue(lemma, out var list) ? list : [];

    /// <summary>Whether some pattern is anchored on one of <paramref name="lemmas"/>.</summary>
    internal bool AnchorsAny(ReadOnlySpan<(int Lemma, VerbForms Kind)> lemmas)
    {
        foreach (var (lemma, _) in lemmas)
            if (_anchors[lemma]) return true;
        return false;
    }
}
