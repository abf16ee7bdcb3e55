using Annals.Knowledge;
using Annals.Text;
using Annals.Understanding.Times;
using NodaTime;
using NodaTime.Text;

namespace Annals.Answers.Context;

/// <summary>The day on which an article's facts are judged, and how that day was chosen.</summary>
/// <param name="Date">The day.</param>
/// <param name="Basis">How it was chosen, for a reader: "published 2023-10-12", or that the knowledge base's date stands in.</param>
/// <param name="IsArticleDate">Whether the article itself gives the day (its publication date or a date it states).</param>
public sealed record ReferenceDate(LocalDate Date, string Basis, bool IsArticleDate)
{
    /// <summary>The publication date; else the latest date the text states; else the knowledge base's date, said so.</summary>
    public static ReferenceDate For(Doc doc, KnowledgeBase kb)
    {
        if (doc.Article.Published is { } published)
            return new(published.Date, $"published {LocalDatePattern.Iso.Format(published.Date)}", true);
        var stated = doc.Times.Where(t => !t.IsRelative && t.Date.To is not null).Select(t => t.Date.To!.Value).DefaultIfEmpty().Max();
        if (stated != default)
            return new(stated, $"the latest date the article states, {LocalDatePattern.Iso.Format(stated)}", true);
        return new(kb.AsOf, $"the article gives no date; as the knowledge base stood on {LocalDatePattern.Iso.Format(kb.AsOf)}", false);
    }

    /// <summary>"on 2023-10-12" or "as of 2025-12-31".</summary>
    public string On => IsArticleDate ? $"on {LocalDatePattern.Iso.Format(Date)}" : $"as of {LocalDatePattern.Iso.Format(Date)}";
}
