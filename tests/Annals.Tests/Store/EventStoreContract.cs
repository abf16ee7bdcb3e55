using Annals.Events;
using Annals.Store;
using Annals.Understanding.Times;
using NodaTime;
using static Annals.Tests.Store.StoreFixtures;

namespace Annals.Tests.Store;

/// <summary>What every store backend must do; one subclass per backend opens its store.</summary>
public abstract class EventStoreContract : IDisposable
{
    private readonly List<IEventStore> _opened = [];

    /// <summary>Opens (creating) a fresh, empty store; <paramref name="name"/> distinguishes several in one test.</summary>
    protected abstract IEventStore OpenNew(string name);

    /// <summary>Opens the store <see cref="OpenNew"/> made under <paramref name="name"/> again.</summary>
    protected abstract IEventStore Reopen(string name);

    private IEventStore Track(IEventStore store)
    {
        _opened.Add(store);
        return store;
    }

    private static readonly LocalDate Day = new(2023, 10, 12);

    [Fact]
    public void A_new_store_holds_nothing()
    {
        var store = Track(OpenNew("empty"));
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0, 0), store.Counts());
        Assert.Empty(store.Events(EventQuery.All));
    }

    [Fact]
    public void A_stored_article_is_known_by_content_hash_and_sighting()
    {
        var store = Track(OpenNew("lookup"));
        var run = store.StartRun(At, ["a.txt"]);
        var record = Record("Russia and Kyrgyzstan signed an agreement in Bishkek today.", "a.txt#1", []);
        store.Commit(Batch(run, record));
        Assert.Equal(ArticleLookup.AlreadyStored, store.FindArticle(record.Fingerprint.ContentHash, "a.txt#1"));
        Assert.Equal(ArticleLookup.Duplicate, store.FindArticle(record.Fingerprint.ContentHash, "b.txt#1"));
        Assert.Equal(ArticleLookup.New, store.FindArticle(new string('0', 64), "a.txt#1"));
    }

    [Fact]
    public void One_happening_reported_in_two_articles_is_one_event_with_GDELT_counts()
    {
        var store = Track(OpenNew("aggregate"));
        var run = store.StartRun(At, ["x"]);
        var visit = Event("042", "RUSGOV", "KGZ", EventDate.Day(Day), location: "Bishkek", locationCountry: "KGZ");
        var first = Record("Putin visited Kyrgyzstan, a great and welcome success.", "a#1", [visit, visit with { Sentence = 2 }], url: "https://www.example.org/a");
        var second = Record("Putin went to Kyrgyzstan amid protests and fear.", "b#1", [visit], url: "https://news.example.com/b");
        var third = Record("Another report of the visit from the same outlet.", "c#1", [visit], url: "https://example.org/c");
        store.Commit(Batch(run, first));
        store.Commit(Batch(run, second, third));

        var e = Assert.Single(store.Events(EventQuery.All));
        Assert.Equal(4, e.NumMentions);
        Assert.Equal(3, e.NumArticles);
        Assert.Equal(2, e.NumSources);
        Assert.Equal(Math.Round((first.Tone + second.Tone + third.Tone) / 3, 4), e.AvgTone, 4);
        Assert.Equal([first.Article.Id, second.Article.Id, third.Article.Id], e.Articles);
        Assert.Equal("042", e.Code);
        Assert.Equal("KGZ", e.Target!.Actor);
        Assert.Equal("Bishkek", e.Location!.Name);
        Assert.Equal(EventDate.Day(Day), e.Date);
        Assert.Equal("https://www.example.org/a", e.SourceUrl);
    }

    [Fact]
    public void A_happening_first_stored_by_one_batch_of_several_articles_gets_their_counts()
    {
        var store = Track(OpenNew("one-batch"));
        var run = store.StartRun(At, ["x"]);
        var visit = Event("042", "RUSGOV", "KGZ", EventDate.Day(Day));
        var first = Record("Putin visited Kyrgyzstan, a great and welcome success.", "a#1", [visit, visit with { Sentence = 2 }], url: "https://www.example.org/a");
        var second = Record("Putin went to Kyrgyzstan amid protests and fear.", "b#1", [visit], url: "https://example.org/b");
        var third = Record("Putin's visit to Kyrgyzstan, reported by another outlet.", "c#1", [visit], url: "https://news.example.com/c");
        store.Commit(Batch(run, first, second, third));

        var e = Assert.Single(store.Events(EventQuery.All));
        Assert.Equal(4, e.NumMentions);
        Assert.Equal(3, e.NumArticles);
        Assert.Equal(2, e.NumSources);
        Assert.Equal(Math.Round((first.Tone + second.Tone + third.Tone) / 3, 4), e.AvgTone, 4);
        Assert.Equal([first.Article.Id, second.Article.Id, third.Article.Id], e.Articles);
        Assert.Equal("https://www.example.org/a", e.SourceUrl);
    }

    [Fact]
    public void Different_days_codes_or_modalities_are_different_events()
    {
        var store = Track(OpenNew("distinct"));
        var run = store.StartRun(At, ["x"]);
        store.Commit(Batch(run, Record("One article with four events in it, more or less.", "a#1",
        [
            Event("042", "RUSGOV", "KGZ", EventDate.Day(Day)),
            Event("042", "RUSGOV", "KGZ", EventDate.Day(Day.PlusDays(1))),
            Event("043", "KGZ", "RUSGOV", EventDate.Day(Day)),
            Event("042", "RUSGOV", "KGZ", EventDate.Day(Day), Modality.Expected),
        ])));
        Assert.Equal(4, store.Counts().Events);
    }

    [Fact]
    public void Undated_events_merge_only_within_an_article_and_its_near_duplicates()
    {
        var store = Track(OpenNew("undated"));
        var run = store.StartRun(At, ["x"]);
        var criticise = Event("111", "GBRGOV", "USA", EventDate.Unknown);
        var original = Record("The government criticised Washington over the trade deal.", "a#1", [criticise]);
        var copy = Record("The government criticised Washington over the trade deal, agency copy.", "b#1", [criticise], duplicateOf: original.Fingerprint.ContentHash);
        var unrelated = Record("A different story in which the government criticised Washington.", "c#1", [criticise]);
        store.Commit(Batch(run, original, copy, unrelated));
        var events = store.Events(EventQuery.All);
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.NumArticles == 2);
        Assert.Equal(1, store.Counts().NearDuplicates);
        Assert.Equal(("b#1", "a#1"), Assert.Single(store.NearDuplicates()));
    }

    [Fact]
    public void A_later_batch_links_to_an_original_of_an_earlier_run_and_stamps_its_own_time()
    {
        var store = Track(OpenNew("later-batch"));
        var criticise = Event("111", "GBRGOV", "USA", EventDate.Unknown);
        var original = Record("The government criticised Washington over the trade deal.", "a#1", [criticise]);
        var copy = Record("The government criticised Washington over the trade deal, agency copy.", "b#1", [criticise], duplicateOf: original.Fingerprint.ContentHash);
        store.Commit(Batch(store.StartRun(At, ["a"]), original));
        var later = At.Plus(Duration.FromHours(1));
        store.Commit(Batch(store.StartRun(later, ["b"]), copy) with { At = later });
        var happening = Assert.Single(store.Events(EventQuery.All));
        Assert.Equal((2, 2), (happening.NumArticles, happening.NumMentions));
        Assert.Equal((At, later), (happening.FirstSeen, happening.LastSeen));
        Assert.Equal(("b#1", "a#1"), Assert.Single(store.NearDuplicates()));
    }

    [Fact]
    public void Sightings_of_identical_content_form_exact_duplicate_groups()
    {
        var store = Track(OpenNew("sightings"));
        var run = store.StartRun(At, ["x"]);
        var record = Record("The same text read from two files, word for word.", "a.txt#1", []);
        store.Commit(Batch(run, record) with { Sightings = [new Sighting(record.Fingerprint.ContentHash, "b.txt#1")] });
        var group = Assert.Single(store.ExactDuplicateGroups());
        Assert.Equal(["a.txt#1", "b.txt#1"], group);
        Assert.Equal(1, store.Counts().Articles);
        Assert.Equal(2, store.Counts().Sightings);
    }

    [Fact]
    public void Events_are_filtered_by_actor_country_code_root_dates_and_modality()
    {
        var store = Track(OpenNew("filters"));
        var run = store.StartRun(At, ["x"]);
        store.Commit(Batch(run, Record("Several events for the filters to choose among.", "a#1",
        [
            Event("042", "RUSGOV", "KGZ", EventDate.Day(new LocalDate(2023, 10, 12))),
            Event("173", "IGOJUDICC", "RUSGOV", EventDate.Month(new YearMonth(2023, 3))),
            Event("036", "RUSGOV", "KGZ", EventDate.Day(new LocalDate(2023, 10, 13)), Modality.Expected),
            Event("111", "USAGOV", "CHN", EventDate.Unknown),
        ])));
        int Count(EventQuery q) => store.Events(q).Count;
        Assert.Equal(4, Count(EventQuery.All));
        Assert.Equal(3, Count(new EventQuery { Actor = "RUS" }));
        Assert.Equal(3, Count(new EventQuery { Actor = "rusgov" }));
        Assert.Equal(2, Count(new EventQuery { Country = "KGZ" }));
        Assert.Equal(1, Count(new EventQuery { Code = "04" }));
        Assert.Equal(1, Count(new EventQuery { Root = "17" }));
        Assert.Equal(2, Count(new EventQuery { From = new LocalDate(2023, 10, 1) }));
        Assert.Equal(1, Count(new EventQuery { To = new LocalDate(2023, 3, 15) }));
        Assert.Equal(1, Count(new EventQuery { Modality = Modality.Expected }));
        Assert.Equal(2, Count(new EventQuery { Limit = 2 }));
        var ordered = store.Events(EventQuery.All);
        Assert.Equal(["173", "042", "036", "111"], ordered.Select(e => e.Code));
    }

    [Fact]
    public void Events_are_counted_by_root_and_month()
    {
        var store = Track(OpenNew("stats"));
        var run = store.StartRun(At, ["x"]);
        store.Commit(Batch(run, Record("Counting events by root and by month of their date.", "a#1",
        [
            Event("042", "RUSGOV", "KGZ", EventDate.Day(new LocalDate(2023, 10, 12))),
            Event("043", "KGZ", "RUSGOV", EventDate.Day(new LocalDate(2023, 10, 12))),
            Event("173", "IGOJUDICC", "RUSGOV", EventDate.Year(2023)),
        ])));
        var counts = store.CountByRootAndMonth(EventQuery.All);
        Assert.Equal([new RootMonthCount("04", "2023-10", 2, 2), new RootMonthCount("17", null, 1, 1)], counts);
    }

    [Fact]
    public void What_was_committed_survives_reopening_and_a_finished_run_is_recorded()
    {
        var store = OpenNew("reopen");
        var run = store.StartRun(At, ["a.txt"]);
        store.Commit(Batch(run, Record("Kept across a reopening of the store file itself.", "a.txt#1", [Event("042", "RUSGOV", "KGZ", EventDate.Day(Day))])));
        store.FinishRun(run, At.Plus(Duration.FromSeconds(1)), new IngestSummary { Read = 1, Stored = 1 });
        store.Dispose();
        var again = Track(Reopen("reopen"));
        Assert.Equal(new StoreCounts(1, 0, 1, 1, 1, 1, 1), again.Counts());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var s in _opened) s.Dispose();
        GC.SuppressFinalize(this);
    }
}
