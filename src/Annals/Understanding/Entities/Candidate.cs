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
}
