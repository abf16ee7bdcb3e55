namespace Annals.Store.Sqlite;

/// <summary>One happening's counts over the articles of a batch: an event first stored by the batch gets them as they are.</summary>
/// <remarks>
/// Every report of an event new in the batch is in the batch, so counting them in memory is as right as recounting the
/// stored evidence, without the four sub-queries per event. Events stored by earlier batches are still recounted from
/// the evidence. Mutable; one per happening and batch.
/// </remarks>
internal sealed class EventTally
{
    private readonly HashSet<string> _outlets = new(StringComparer.Ordinal);
    private double _toneSum;
    private ArticleRecord? _last;

    public int Mentions { get; private set; }

    public int Articles { get; private set; }

    public int Sources => _outlets.Count;

    /// <summary>The mean tone of the articles reporting it.</summary>
    public double Tone => _toneSum / Articles;

    /// <summary>Whether the batch has written the event's row.</summary>
    public bool Written { get; set; }

    /// <summary>The tallies of every happening the batch's articles report, by event id.</summary>
    public static Dictionary<long, EventTally> Of(IReadOnlyList<ArticleRecord> articles)
    {
        var tallies = new Dictionary<long, EventTally>();
        foreach (var record in articles)
        {
            foreach (var happening in record.Happenings)
            {
                if (!tallies.TryGetValue(happening.Id, out var tally)) tallies[happening.Id] = tally = new EventTally();
                tally.Add(record, happening.Reports.Count);
            }
        }
        return tallies;
    }

    private void Add(ArticleRecord record, int reports)
    {
        Mentions += reports;
        // Two happenings of one article share an id only if their keys' hashes collide; the article still counts once.
        if (ReferenceEquals(record, _last)) return;
        _last = record;
        Articles++;
        _toneSum += record.Tone;
        _outlets.Add(record.Outlet);
    }
}
