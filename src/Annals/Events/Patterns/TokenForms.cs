using System.Buffers;
using System.Runtime.InteropServices;
using Annals.Text;

namespace Annals.Events.Patterns;

/// <summary>For one document: the lemmas each token is a form of, looked up once however many patterns ask.</summary>
/// <remarks>
/// A sentence's tokens are asked about again for every pattern anchored in it (its words, the word after a participle),
/// and each lexicon lookup hashes the token's text. Built per document by the coder; not shared between threads. Its
/// table of tokens is rented, as every article needs one for as long as it is coded: dispose it to give it back.
/// </remarks>
internal sealed class TokenForms : IDisposable
{
    private readonly Doc _doc;
    private readonly VerbDictionary _dictionary;
    private readonly Lexicon _lexicon;
    private readonly (int Lemma, VerbForms Kind)[]?[] _forms;
    private readonly List<int> _sentenceLemmas = [];
    private readonly List<int> _anchors = [];
    // One bit per lemma of the lexicon, set for the lemmas of the sentence last gathered: patterns ask about them
    // again and again, and a bit answers without a search of the sentence's list.
    private readonly ulong[] _inSentence;

    public TokenForms(Doc doc, VerbDictionary dictionary)
    {
        _doc = doc;
        _dictionary = dictionary;
        _lexicon = dictionary.Lexicon;
        _forms = ArrayPool<(int, VerbForms)[]?>.Shared.Rent(doc.TokenCount);
        Array.Clear(_forms, 0, doc.TokenCount);
        _inSentence = new ulong[(_lexicon.LemmaCount + 63) / 64];
    }

    /// <summary>Gathers the lemmas of <paramref name="sentence"/>'s tokens outside mentions: the only words a pattern can match there.</summary>
    public void Gather(MentionIndex mentions, Sentence sentence)
    {
        foreach (var lemma in _sentenceLemmas) _inSentence[lemma >> 6] = 0;
        _sentenceLemmas.Clear();
        _anchors.Clear();
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (mentions.Covering(t) >= 0) continue;
            var lemmas = Of(t);
            if (lemmas.IsEmpty) continue;
            if (_dictionary.AnchorsAny(lemmas)) _anchors.Add(t);
            foreach (var (lemma, _) in lemmas)
            {
                _sentenceLemmas.Add(lemma);
                _inSentence[lemma >> 6] |= 1UL << (lemma & 63);
            }
        }
    }

    /// <summary>The tokens outside mentions of the sentence last gathered that are forms of a lemma some pattern is anchored on, in text order.</summary>
    /// <remarks>
    /// Most tokens are names, punctuation, words no pattern uses or words patterns use only after their anchor ("to",
    /// "with"): the matcher need not visit them again.
    /// </remarks>
    public ReadOnlySpan<int> AnchorTokens => CollectionsMarshal.AsSpan(_anchors);

    /// <summary>Whether the sentence last gathered holds a form of one of each of <paramref name="words"/>' lemmas.</summary>
    /// <remarks>Most patterns anchored on a sentence's verb need a word the sentence lacks: they are turned down before matching.</remarks>
    public bool HasAll(int[][] words)
    {
        foreach (var alternatives in words)
        {
            var found = false;
            foreach (var lemma in alternatives)
            {
                if ((_inSentence[lemma >> 6] & (1UL << (lemma & 63))) != 0)
                {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /// <summary>The words a lemma id stands for.</summary>
    public string LemmaText(int lemma) => _lexicon.Lemma(lemma);

    /// <summary>The lemmas token <paramref name="token"/> is a form of, with which forms; empty for words no pattern uses.</summary>
    public ReadOnlySpan<(int Lemma, VerbForms Kind)> Of(int token) => _forms[token] ??= _lexicon.Entries(_doc.TokenData[token].Norm);

    public void Dispose() => ArrayPool<(int, VerbForms)[]?>.Shared.Return(_forms);
}
