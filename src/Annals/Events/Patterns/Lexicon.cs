using Annals.Text;

namespace Annals.Events.Patterns;

/// <summary>The words the patterns use, each with every inflected form mapped back to it.</summary>
/// <remarks>Built once; immutable and thread-safe after <see cref="Freeze"/>.</remarks>
internal sealed class Lexicon
{
    private readonly Inflector _inflector;
    private readonly Dictionary<string, int> _lemmaIds = new(StringComparer.Ordinal);
    private readonly List<string> _lemmas = [];
    private readonly Dictionary<string, List<(int Lemma, VerbForms Kind)>> _forms = new(StringComparer.Ordinal);
    private WordSieve? _sieve;
    private FormTable? _table;

    // Which ASCII characters some form starts with.
    private readonly bool[] _opensForm = new bool[128];

    public Lexicon(Inflector inflector) => _inflector = inflector;

    public int LemmaCount => _lemmas.Count;

    public string Lemma(int id) => _lemmas[id];

    /// <summary>The id of <paramref name="lemma"/>, adding it and its forms when new.</summary>
    public int Intern(string lemma)
    {
        if (_lemmaIds.TryGetValue(lemma, out var id)) return id;
        if (_table is not null) throw new InvalidOperationException("the lexicon is frozen");
        id = _lemmas.Count;
        _lemmas.Add(lemma);
        _lemmaIds[lemma] = id;
        foreach (var (form, kind) in _inflector.Forms(lemma))
        {
            if (!_forms.TryGetValue(form, out var list)) _forms[form] = list = [];
            var at = list.FindIndex(e => e.Lemma == id);
            if (at >= 0) list[at] = (id, list[at].Kind | kind); else list.Add((id, kind));
        }
        return id;
    }

    /// <summary>Adds a form a dictionary lists for <paramref name="lemma"/> (an irregular past) when inflection does not give it.</summary>
    public void AddForm(string lemma, string form)
    {
        var id = Intern(lemma);
        if (!_forms.TryGetValue(form, out var list)) _forms[form] = list = [];
        if (list.Exists(e => e.Lemma == id)) return;
        list.Add((id, form.EndsWith("ing", StringComparison.Ordinal) ? VerbForms.Gerund : VerbForms.Past | VerbForms.Participle));
    }

    public void Freeze()
    {
        _table = new FormTable([.. _forms.Select(p => (p.Key, p.Value.ToArray()))]);
        _sieve = new WordSieve(_forms.Keys);
        foreach (var form in _forms.Keys)
            if (form.Length > 0 && form[0] < _opensForm.Length) _opensForm[form[0]] = true;
    }

    /// <summary>The lemmas a token's normalised text is a form of, with which forms; empty for words no pattern uses.</summary>
    public ReadOnlySpan<(int Lemma, VerbForms Kind)> Lookup(string norm) => Entries(norm);

    /// <summary>As <see cref="Lookup"/>, as an array that can be kept: a shared empty one for words no pattern uses.</summary>
    /// <remarks>
    /// Punctuation and numbers, a fifth of news tokens, start no form: they are turned down without hashing, and so
    /// are most other words, which the sieve knows are no form.
    /// </remarks>
    public (int Lemma, VerbForms Kind)[] Entries(string norm) =>
        norm.Length > 0 && norm[0] < _opensForm.Length && !_opensForm[norm[0]] ? []
        : _sieve!.MayContain(norm) ? _table!.Find(norm) : [];
}
