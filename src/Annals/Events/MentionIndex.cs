using System.Buffers;
using Annals.Text;
using Annals.Understanding.Entities;

namespace Annals.Events;

/// <summary>For one document: which entity mention starts at or covers each token.</summary>
/// <remarks>
/// Built per document by the coder; not shared between threads. Its two tables are rented, since every article
/// needs them and they are dropped as soon as it is coded: dispose the index to give them back.
/// </remarks>
internal sealed class MentionIndex : IDisposable
{
    private readonly int[] _startAt;
    private readonly int[] _cover;
    private readonly int _tokens;

    public MentionIndex(Doc doc)
    {
        Doc = doc;
        Mentions = doc.Entities;
        _tokens = doc.TokenCount;
        _startAt = ArrayPool<int>.Shared.Rent(_tokens);
        _cover = ArrayPool<int>.Shared.Rent(_tokens);
        Array.Fill(_startAt, -1, 0, _tokens);
        Array.Fill(_cover, -1, 0, _tokens);
        for (var m = 0; m < Mentions.Count; m++)
        {
            var mention = Mentions[m];
            if (mention.FirstToken < 0 || mention.EndToken > _tokens || mention.FirstToken >= mention.EndToken) continue;
            // Overlapping mentions: the first (outermost, as sorted) keeps its tokens.
            if (_cover[mention.FirstToken] >= 0) continue;
            _startAt[mention.FirstToken] = m;
            for (var t = mention.FirstToken; t < mention.EndToken; t++)
                if (_cover[t] < 0) _cover[t] = m;
        }
    }

    public Doc Doc { get; }

    public List<EntityMention> Mentions { get; }

    /// <summary>The mention starting at token <paramref name="token"/>, or -1.</summary>
    public int StartingAt(int token) => (uint)token < (uint)_tokens ? _startAt[token] : -1;

    /// <summary>The mention covering token <paramref name="token"/>, or -1.</summary>
    public int Covering(int token) => (uint)token < (uint)_tokens ? _cover[token] : -1;

    /// <summary>Adds the mentions coordinated after mention <paramref name="m"/> to <paramref name="into"/>; returns the token after the last.</summary>
    /// <remarks>
    /// "visited Kazakhstan and Uzbekistan", "met France, Germany and Italy", "France and the UK", "Kagame and his party". A
    /// list of commas closes with "and" or runs over three names at least: "killed militants, Pakistan army officials said"
    /// and "met Blair, the prime minister" coordinate nothing.
    /// </remarks>
    public int AddCoordinated(Sentence sentence, int m, List<int> into)
    {
        var end = Mentions[m].EndToken;
        var pos = end;
        // The names after the last closed conjunct stand in `into` from here on, until the list closes or is given up.
        var closed = into.Count;
        while (pos + 1 < sentence.EndToken)
        {
            var norm = Doc.Token(pos).Norm;
            if (norm is not ("and" or "," or "&")) break;
            var next = pos + 1;
            var closes = norm is not ",";
            if (Doc.Token(next).Norm is "and" && norm == ",") (next, closes) = (next + 1, true);
            if (next < sentence.EndToken && Doc.Token(next).Norm is "the" or "its" or "his" or "her" or "their") next++;
            var following = StartingAt(next);
            if (following < 0) break;
            into.Add(following);
            pos = Mentions[following].EndToken;
            if (!closes) continue;
            closed = into.Count;
            end = pos;
        }
        // "to Iran, Libya, North Korea, Sudan, and with strings attached, Cuba": a run of names is a list even unclosed.
        if (into.Count - closed >= 2) end = Mentions[into[^1]].EndToken;
        else into.RemoveRange(closed, into.Count - closed);
        return end;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_startAt);
        ArrayPool<int>.Shared.Return(_cover);
    }
}
