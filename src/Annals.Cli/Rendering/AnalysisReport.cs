using Annals.Events;
using Annals.Text;

namespace Annals.Cli.Rendering;

/// <summary>The human-readable report of <c>annals analyze</c>.</summary>
internal static class AnalysisReport
{
    public static void Write(TextWriter o, Doc doc)
    {
        var a = doc.Article;
        o.WriteLine(a.Title ?? "(no headline)");
        o.WriteLine(new string('=', Math.Min(78, Math.Max(10, (a.Title ?? "(no headline)").Length))));
        o.WriteLine($"Published: {(a.Published is { } p ? p.ToIsoString() : "not stated (relative dates are resolved only where the text anchors them)")}");
        o.WriteLine($"Source:    {a.Source ?? "-"}    id {a.Id}    {doc.SentenceCount} sentences, {doc.TokenCount} tokens");

        Section(o, "Entities", doc.Entities.Count);
        foreach (var group in doc.Entities.GroupBy(e => (e.Type, e.KbId ?? e.Name ?? e.Text)))
        {
            var e = group.First();
            var mentions = group.Select(m => m.Text).Distinct().Take(3);
            o.WriteLine($"  {e.Type.ToString().ToLowerInvariant(),-12} {e.Name ?? e.Text,-34} {e.Actor ?? "",-8} {e.Country ?? "",-4} x{group.Count(),-3} {string.Join(" | ", mentions)}");
        }

        Section(o, "Times", doc.Times.Count);
        foreach (var t in doc.Times)
            o.WriteLine($"  {Quote(t.Text),-28} {t.Date}{(t.Date.Anchor is { } anchor ? $"  ({anchor})" : "")}");

        Section(o, "Events", doc.Events.Count);
        foreach (var e in doc.Events)
        {
            o.WriteLine($"  {e.Code,-4} {e.Label,-40} {ActorLabel(e.Source)} -> {ActorLabel(e.Target)}  [{e.Modality.ToString().ToLowerInvariant()}]  date {e.Date}");
            o.WriteLine($"       {Quote(Excerpt(doc.Text, e.Range.Start, e.Range.End))}");
        }

        Section(o, "Context", doc.Context.Count);
        foreach (var c in doc.Context)
            o.WriteLine($"  [{c.Kind}] {c.Statement}  (source: {c.Source})");

        Section(o, "Claims", doc.Claims.Count);
        foreach (var c in doc.Claims)
        {
            o.WriteLine($"  [{c.Kind}] {Quote(c.Text)} => {c.Verdict.ToString().ToLowerInvariant()}");
            o.WriteLine($"       {c.Explanation}");
        }
    }

    private static void Section(TextWriter o, string name, int count)
    {
        o.WriteLine();
        o.WriteLine(count == 0 ? $"{name}: none found" : $"{name} ({count})");
    }

    private static string ActorLabel(EventActor? actor) =>
        actor is null ? "-" : actor.Actor is { } code ? $"{actor.Name ?? actor.Text} ({code})" : actor.Name ?? actor.Text;

    private static string Quote(string text) => $"\"{text}\"";

    private static string Excerpt(string text, int start, int end)
    {
        var s = text[start..end].ReplaceLineEndings(" ");
        return s.Length <= 100 ? s : s[..97] + "...";
    }
}
