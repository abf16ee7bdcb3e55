using Annals.Reading;

namespace Annals.Events.Aggregation;

/// <summary>Groups one article's coded events into happenings (see <see cref="HappeningKey"/>).</summary>
/// <remarks>Thread-safe. The store merges the same happening across articles by its id.</remarks>
public static class EventAggregator
{
    /// <summary>The article's happenings, in the order of their first report.</summary>
    public static IReadOnlyList<Happening> Group(IEnumerable<CodedEvent> events, Article article, string canonicalArticle)
    {
        var order = new List<string>();
        var groups = new Dictionary<string, List<CodedEvent>>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var key = HappeningKey.Of(e, article, canonicalArticle);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }
            list.Add(e);
        }
        return [.. order.Select(k => new Happening { Id = HappeningKey.IdOf(k), Key = k, Reports = groups[k] })];
    }
}
