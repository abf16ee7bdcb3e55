using Annals.Text;

namespace Annals.Understanding.Entities;

/// <summary>A gazetteer match: tokens <c>[Start, End)</c> and everything the phrase can name.</summary>
/// <remarks>The entries are an array: the recogniser walks them at every step, and an array's walk is no allocation.</remarks>
internal sealed record Candidate(int Start, int End, GazetteerEntry[] Entries)
{
    private NameReadings? _readings;

    /// <summary>A match of a gazetteer phrase, with the phrase's readings, shared by all its matches.</summary>
    public Candidate(int start, int end, NameReadings readings)
        : this(start, end, readings.Entries)
    {
        _readings = readings;
        (_kindsOf, _kinds) = (readings.Entries, readings.Kinds);
    }

    /// <summary>What the entries say about states and places, whatever the article.</summary>
    /// <remarks>Made here only for a list of the match's own: a copy made <c>with</c> other entries does not keep its source's.</remarks>
    public NameReadings Readings =>
        _readings is { } readings && ReferenceEquals(readings.Entries, Entries) ? readings : _readings = new NameReadings(Entries);

    // The kinds among the entries, a bit each, with the list they were worked out for: a match is asked about its kinds
    // a dozen times while it is read, most often for a kind it lacks, and a name can have hundreds of readings.
    private GazetteerEntry[]? _kindsOf;
    private int _kinds;

    private int Kinds
    {
        get
        {
            if (!ReferenceEquals(_kindsOf, Entries)) (_kindsOf, _kinds) = (Entries, NameReadings.KindsOf(Entries));
            return _kinds;
        }
    }

    public GazetteerEntry? First(EntryKind kind)
    {
        if ((Kinds & NameReadings.Bit(kind)) == 0) return null;
        foreach (var e in Entries)
            if (e.Kind == kind) return e;
        return null;
    }

    public bool Has(EntryKind kind) => First(kind) is not null;

    /// <summary>For a name inside a hyphenated word ("Albany" of "Albany-based"): its characters; null for whole tokens.</summary>
    public TextRange? Part { get; init; }

    // The matched text, kept with the document it was cut from: the recogniser asks for it at every step of reading a
    // place (its readings, its evidence, its sense in the article). Bounds change only in a copy made `with` others,
    // which starts without it (the copy constructor below): the text is kept bare, not with the bounds it was cut for.
    private Doc? _textOf;
    private string? _text;

    // What `with` copies: the match and its kinds, not its text (see _text). Most of an article's candidates are never
    // copied; holding two references instead of the bounds beside the text keeps each one a third smaller.
    private Candidate(Candidate original)
    {
        (Start, End, Entries, Part) = (original.Start, original.End, original.Entries, original.Part);
        (_readings, _kindsOf, _kinds) = (original._readings, original._kindsOf, original._kinds);
    }

    /// <summary>The matched text as written.</summary>
    public string TextIn(Doc doc)
    {
        if (_text is not null && ReferenceEquals(_textOf, doc)) return _text;
        var text = Part is { } part ? part.Slice(doc.Text) : doc.Text[doc.Token(Start).Start..doc.Token(End - 1).End];
        (_textOf, _text) = (doc, text);
        return text;
    }
}
