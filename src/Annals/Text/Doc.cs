using Annals.Answers;
using Annals.Events;
using Annals.Reading;
using Annals.Understanding.Entities;
using Annals.Understanding.Times;

namespace Annals.Text;

/// <summary>
/// An article's text and everything the pipeline finds in it: tokens, sentences, entities, times,
/// events, context and claims, each keeping character offsets into <see cref="Text"/>.
/// </summary>
/// <remarks>
/// A document is owned by one pipeline run at a time and is not thread-safe. The source text is never
/// altered: every span satisfies <c>Text[span.Start..span.End] == span.Text</c>.
/// </remarks>
public sealed class Doc
{
    private readonly Dictionary<object, object> _slots = [];
    private TokenData[] _tokens = [];
    private (int First, int Count)[] _sentences = [];

    /// <summary>Starts a document over an article's body text.</summary>
    public Doc(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Article = article;
    }

    /// <summary>The article this document analyses.</summary>
    public Article Article { get; }

    /// <summary>The article's body text; all offsets point into it.</summary>
    public string Text => Article.Text;

    internal TokenData[] TokenData => _tokens;

    /// <summary>Number of tokens.</summary>
    public int TokenCount => _tokens.Length;

    /// <summary>The token at <paramref name="index"/>.</summary>
    public Token Token(int index) => new(this, index);

    /// <summary>All tokens in text order.</summary>
    public IEnumerable<Token> Tokens
    {
        get
        {
            for (var i = 0; i < _tokens.Length; i++)
                yield return new Token(this, i);
        }
    }

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => _sentences.Length;

    /// <summary>The sentence at <paramref name="index"/>.</summary>
    public Sentence Sentence(int index) => new(this, index, _sentences[index].First, _sentences[index].Count);

    /// <summary>All sentences in text order.</summary>
    public IEnumerable<Sentence> Sentences
    {
        get
        {
            for (var i = 0; i < _sentences.Length; i++)
                yield return Sentence(i);
        }
    }

    /// <summary>The index of the sentence holding token <paramref name="tokenIndex"/>.</summary>
    public int SentenceOfToken(int tokenIndex)
    {
        int lo = 0, hi = _sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var (first, count) = _sentences[mid];
            if (tokenIndex < first) hi = mid - 1;
            else if (tokenIndex >= first + count) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>The index of the first token starting at or after character <paramref name="offset"/>.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = _tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Entities found in the text, in text order once the entity stage has run.</summary>
    public List<EntityMention> Entities { get; } = [];

    /// <summary>Time expressions found in the text, with their resolved dates.</summary>
    public List<TimeMention> Times { get; } = [];

    /// <summary>Events coded from the text.</summary>
    public List<CodedEvent> Events { get; } = [];

    /// <summary>Knowledge-base facts that bear on what the article reports.</summary>
    public List<ContextFact> Context { get; } = [];

    /// <summary>The article's checkable claims and their verdicts.</summary>
    public List<Claim> Claims { get; } = [];

    internal void SetTokens(TokenData[] tokens) => _tokens = tokens;

    internal void SetSentences((int First, int Count)[] sentences) => _sentences = sentences;

    /// <summary>Reads a component's private data, or null when it was never set.</summary>
    public T? Get<T>(DocKey<T> key) where T : class =>
        _slots.TryGetValue(key, out var value) ? (T)value : null;

    /// <summary>Stores a component's private data.</summary>
    public void Set<T>(DocKey<T> key, T value) where T : class => _slots[key] = value;
}
