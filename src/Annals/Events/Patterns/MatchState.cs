using Annals.Text;

namespace Annals.Events.Patterns;

/// <summary>The mutable state of matching one pattern at one anchor, reset for each attempt in a document.</summary>
/// <remarks>
/// Most attempts fail, and one state serves all the attempts of a document, so that they need not allocate. Not
/// shared between threads.
/// </remarks>
internal sealed class MatchState
{
    private readonly MentionIndex _mentions;
    private readonly Doc _doc;
    private Sentence _sentence;
    private EventPattern _pattern = null!;
    private bool _passive;
    private readonly EventCoderOptions _options;
    private readonly TokenForms _forms;

    public MatchState(MentionIndex mentions, TokenForms forms, EventCoderOptions options)
    {
        _mentions = mentions;
        _doc = mentions.Doc;
        _options = options;
        _forms = forms;
    }

    /// <summary>Starts a new attempt: <paramref name="pattern"/> in <paramref name="sentence"/>.</summary>
    public void Reset(Sentence sentence, EventPattern pattern, bool passive)
    {
        _sentence = sentence;
        _pattern = pattern;
        _passive = passive;
        Words.Clear();
        Targets.Clear();
        Source = -1;
    }

    public List<int> Words { get; } = [];

    public List<int> Targets { get; } = [];

    public int Source { get; private set; } = -1;

    /// <summary>Matches the elements before a nominal pattern's anchor, right to left ("SOURCE 's" before "visit").</summary>
    public bool MatchPrefix(int anchor, out int first)
    {
        first = anchor;
        var pos = anchor - 1;
        // A few adjectives may stand between the possessive and the noun: "Putin's first official visit".
        var adjectives = 0;
        for (var i = _pattern.Anchor - 1; i >= 0; i--)
        {
            var element = _pattern.Elements[i];
            if (element.Kind == PatternElementKind.Source)
            {
                var m = _mentions.Covering(pos);
                if (m < 0 || _mentions.Mentions[m].EndToken != pos + 1) return false;
                Source = m;
                first = _mentions.Mentions[m].FirstToken;
                pos = first - 1;
                continue;
            }
            while (pos >= _sentence.FirstToken && !IsWord(pos, element) && i == _pattern.Anchor - 1 && adjectives < 3 && IsFiller(pos))
            {
                adjectives++;
                pos--;
            }
            if (pos < _sentence.FirstToken || !IsWord(pos, element)) return false;
            Words.Add(pos);
            first = pos;
            pos--;
        }
        return true;
    }

    /// <summary>Matches elements from <paramref name="index"/> on, starting at token <paramref name="pos"/>; backtracks over optional groups.</summary>
    public bool MatchFrom(int index, int pos)
    {
        var elements = _pattern.Elements;
        if (index >= elements.Length) return true;
        var element = elements[index];
        if (element.Group != 0)
        {
            var end = index;
            while (end < elements.Length && elements[end].Group == element.Group) end++;
            var (words, targets, source) = (Words.Count, Targets.Count, Source);
            if (MatchRange(index, end, ref pos, out var after) && MatchFrom(end, after)) return true;
            Words.RemoveRange(words, Words.Count - words);
            Targets.RemoveRange(targets, Targets.Count - targets);
            Source = source;
            return MatchFrom(end, pos);
        }
        return MatchRange(index, index + 1, ref pos, out var next) && MatchFrom(index + 1, next);
    }

    private bool MatchRange(int from, int to, ref int pos, out int after)
    {
        var p = pos;
        for (var i = from; i < to; i++)
        {
            if (!MatchOne(_pattern.Elements[i], ref p))
            {
                after = pos;
                return false;
            }
        }
        after = p;
        return true;
    }

    private bool MatchOne(PatternElement element, ref int pos)
    {
        var end = _sentence.EndToken;
        switch (element.Kind)
        {
            case PatternElementKind.Word:
                var gap = 0;
                for (var t = pos; t < end; t++)
                {
                    if (IsWord(t, element))
                    {
                        Words.Add(t);
                        pos = t + 1;
                        return true;
                    }
                    // "a 24-hour hunger strike": the parts of a hyphenated word count as one.
                    if (!IsFiller(t) || (!IsHyphenated(t) && !IsQuantity(t) && ++gap > _options.MaxGap)) return false;
                }
                return false;

            case PatternElementKind.Target:
                // In the passive the target is the subject, found later; the slot stays empty here.
                if (_passive) return true;
                // "is expected to return to Moscow": a verb of motion followed at once by its direction has no object.
                if (pos < end && Words.Count > 0 && IsDirection(_doc.Token(pos).Norm) && IsMotionVerb(Words[^1])) return false;
                // "jailed 52 members of the banned movement": the quantity is no gap here either.
                var skipped = 0;
                for (var t = pos; t < end; t++)
                {
                    var m = _mentions.StartingAt(t);
                    if (m >= 0)
                    {
                        // "attacked hideouts near the Afghan border": near a place is not in it.
                        if (IsPlaceOfVerb(pos, t) || (t > pos && _doc.Token(t - 1).Norm is "near") || (t - 1 > pos && _doc.Token(t - 2).Norm is "near")) return false;
                        Targets.Add(m);
                        pos = _mentions.AddCoordinated(_sentence, m, Targets);
                        // "the US and other rich nations must", "accused Iran and its allies of": an unnamed conjunct
                        // belongs to the target's phrase; the pattern's next word may follow it.
                        if (pos + 1 < end && _doc.Token(pos).Norm == "and" && _doc.Token(pos + 1).Norm is "other" or "its" or "their") pos += 2;
                        // "forced the UN refugee agency, UNHCR, out": a name set off by commas renames the target, and so
                        // does an acronym no mention holds.
                        else if (pos + 1 < end && _doc.Token(pos).Norm == "," && _mentions.StartingAt(pos + 1) is var renamed and >= 0
                            && _mentions.Mentions[renamed].EndToken < end && _doc.Token(_mentions.Mentions[renamed].EndToken).Norm == ",")
                            pos = _mentions.Mentions[renamed].EndToken + 1;
                        else if (pos + 2 < end && _doc.Token(pos).Norm == "," && IsAcronym(pos + 1) && _doc.Token(pos + 2).Norm == ",")
                            pos += 3;
                        return true;
                    }
                    // "kidnapped him outside the embassy": a pronoun holds the slot; what follows is not the target.
                    if (Events.Words.ObjectPronouns.Contains(_doc.Token(t).Norm)) return false;
                    if (!IsFiller(t) || (!IsQuantity(t) && ++skipped > _options.MaxTargetGap)) return false;
                }
                return false;

            case PatternElementKind.Source:
                for (var t = pos; t < end && t <= pos + 1; t++)
                {
                    var m = _mentions.StartingAt(t);
                    if (m >= 0)
                    {
                        Source = m;
                        pos = _mentions.Mentions[m].EndToken;
                        return true;
                    }
                    if (!IsFiller(t)) return false;
                }
                return false;
        }
        return false;
    }

    private static bool IsDirection(string word) => word is "to" or "into" or "toward" or "towards" or "from";

    private bool IsMotionVerb(int t)
    {
        foreach (var (lemma, _) in _forms.Of(t))
            if (_forms.LemmaText(lemma) is "return" or "go" or "come" or "travel" or "fly" or "head" or "move" or "flee" or "sail" or "drive") return true;
        return false;
    }

    // "met on Monday in Beijing": a place reached through a locative right after the verb (or its time) is where the
    // event happened, not whom it was done to; "visited troops in Iraq" reaches it through the verb's object.
    private bool IsPlaceOfVerb(int from, int mention)
    {
        for (var t = from; t < mention; t++)
        {
            var token = _doc.Token(t);
            if (Events.Words.StaticLocative.Contains(token.Norm)) return true;
            if (!(token.IsCapitalized || token.Kind == Annals.Text.TokenKind.Number || Events.Words.IsAdverb(token.Norm) || Events.Words.TimeWords.Contains(token.Norm))) return false;
        }
        return false;
    }

    private bool IsWord(int t, PatternElement element)
    {
        if (t < _sentence.FirstToken || t >= _sentence.EndToken || _mentions.Covering(t) >= 0) return false;
        foreach (var (lemma, _) in _forms.Of(t))
            if (Array.IndexOf(element.Lemmas, lemma) >= 0) return true;
        return false;
    }

    // "UNHCR", "PKK": a name in capitals only, no mention of its own.
    private bool IsAcronym(int t)
    {
        var token = _doc.Token(t);
        return _mentions.Covering(t) < 0 && token.Kind == Annals.Text.TokenKind.Word && token.Text.Length >= 2 && token.Text.All(char.IsUpper);
    }

    private bool IsHyphenated(int t) => _doc.Token(t).Norm == "-" || (t > _sentence.FirstToken && _doc.Token(t - 1).Norm == "-");

    // "sent 25,000 tons of food": a quantity reads as one modifier, so its number and its "of" are no gap.
    private bool IsQuantity(int t)
    {
        var token = _doc.Token(t);
        if (token.Kind is Annals.Text.TokenKind.Number) return true;
        if (token.Norm != "of" || t - 1 <= _sentence.FirstToken) return false;
        return _doc.Token(t - 1).Kind is Annals.Text.TokenKind.Number || _doc.Token(t - 2).Kind is Annals.Text.TokenKind.Number;
    }

    private bool IsFiller(int t)
    {
        if (t < _sentence.FirstToken || t >= _sentence.EndToken) return false;
        if (_mentions.Covering(t) >= 0) return false;
        var token = _doc.Token(t);
        if (token.Kind is Annals.Text.TokenKind.Punctuation) return Events.Words.Quotes.Contains(token.Norm) || token.Norm == "-";
        return !Events.Words.GapStoppers.Contains(token.Norm);
    }
}
