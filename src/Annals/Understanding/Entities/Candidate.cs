using Annals.Text;

namespace Annals.Understanding.Entities;

/// <summary>A gazetteer match: tokens <c>[Start, End)</c> and everything the phrase can name.</summary>
internal sealed record Candidate(int Start, int End, IReadOnlyList<GazetteerEntry> Entries)
{
    public GazetteerEntry? First(EntryKind kind)
    {
        foreach (var e in Entries)
            if (e.Kind == kind) return e;
        return null;
    }

    public bool Has(EntryKind kind) => First(kind) is not null;

    /// <summary>For a name inside a hyphenated word ("Albany" of "Albany-based"): its characters; null for whole tokens.</summary>
    public TextRange? Part { get; init; }

    /// <summary>The matched text as written.</summary>
    public string TextIn(Doc doc) => Part is { } part ? part.Slice(doc.Text) : doc.Text[doc.Token(Start).Start..doc.Token(End - 1).End];
}
