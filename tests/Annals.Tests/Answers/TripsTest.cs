using Annals.Answers.Trips;
using Annals.Knowledge;
using Annals.Store;
using Annals.Store.Sqlite;
using Annals.Tests.Support;
using NodaTime;
using NodaTime.Text;

namespace Annals.Tests.Answers;

/// <summary>Trips from the travel log and from the dated corpus in samples/trips, ingested into a temporary SQLite file.</summary>
public sealed class TripsTest : IClassFixture<TripsTest.StoredCorpus>
{
    private readonly StoredCorpus _corpus;

    public TripsTest(StoredCorpus corpus) => _corpus = corpus;

    private IReadOnlyList<PersonTrip> Trips(string person, string? since = null, string? until = null)
    {
        using var store = new EventStoreBuilder().UseSqlite(_corpus.Db).Build();
        return new TripFinder(_corpus.Kb, store).TripsOf(person, Day(since), Day(until));
    }

    private static LocalDate? Day(string? text) => text is null ? null : LocalDatePattern.Iso.Parse(text).Value;

    [Fact]
    public void Mongolia_was_a_State_Party_bound_to_arrest_and_the_stored_visit_merges_with_the_travel_log()
    {
        var trip = Assert.Single(Trips("vladimir-putin", "2024-09-01", "2024-09-30"));
        Assert.Equal("MNG", trip.Country);
        Assert.True(trip.RomeStatuteParty);
        Assert.True(trip.BoundToArrest);
        Assert.Single(trip.Articles);
        Assert.NotEmpty(trip.Sources);
        Assert.Equal(new LocalDate(2024, 9, 2), trip.Start);
    }

    [Fact]
    public void A_visit_to_occupied_Mariupol_is_listed_under_Ukraine_occupied_by_Russia_and_never_bound()
    {
        var trips = Trips("vladimir-putin", "2023-03-18", "2023-03-18");
        var mariupol = Assert.Single(trips, t => t.Places.Contains("Mariupol"));
        Assert.Equal("UKR", mariupol.Country);
        Assert.True(mariupol.Occupied);
        Assert.Equal("RUS", mariupol.Occupation!.Occupier);
        Assert.True(mariupol.InOwnStatesOccupation);
        Assert.False(mariupol.BoundToArrest);
        Assert.Single(mariupol.Articles);
        Assert.All(trips, t => Assert.Equal("UKR", t.Country));
    }

    [Fact]
    public void Video_links_planned_visits_and_hosting_are_not_trips()
    {
        Assert.DoesNotContain(Trips("vladimir-putin", "2023-08-01", "2023-08-31"), t => t.Country == "ZAF");
        Assert.DoesNotContain(Trips("vladimir-putin", "2024-01-01", "2024-03-31"), t => t.Country == "TUR");
        Assert.Empty(Trips("sadyr-japarov"));
    }

    [Fact]
    public void Consecutive_days_in_one_country_are_one_trip_merged_with_the_log()
    {
        var trip = Assert.Single(Trips("vladimir-putin", "2025-10-01", "2025-10-31"));
        Assert.Equal("TJK", trip.Country);
        Assert.Equal(2, trip.Articles.Count);
        Assert.True(trip.BoundToArrest);
    }

    [Fact]
    public void Netanyahu_was_bound_in_Hungary_before_its_withdrawal_took_effect_but_not_in_the_United_States()
    {
        var trips = Trips("benjamin-netanyahu");
        var hungary = Assert.Single(trips, t => t.Country == "HUN");
        Assert.True(hungary.BoundToArrest);
        Assert.Single(hungary.Articles);
        var july = Assert.Single(trips, t => t.Start == new LocalDate(2025, 7, 7));
        Assert.Equal("USA", july.Country);
        Assert.Empty(july.Sources);
        Assert.False(july.BoundToArrest);
        var syria = Assert.Single(trips, t => t.Country == "SYR");
        Assert.Equal("ISR", syria.Occupation!.Occupier);
    }

    [Fact]
    public void A_person_without_a_warrant_in_a_State_Party_is_not_bound()
    {
        var trip = Assert.Single(Trips("xi-jinping"));
        Assert.Equal("FRA", trip.Country);
        Assert.True(trip.RomeStatuteParty);
        Assert.Empty(trip.Warrants);
        Assert.False(trip.BoundToArrest);
    }

    [Fact]
    public void Bashir_was_bound_in_South_Africa_and_Jordan()
    {
        var trips = new TripFinder(_corpus.Kb).TripsOf("omar-al-bashir");
        Assert.True(Assert.Single(trips, t => t.Country == "ZAF").BoundToArrest);
        Assert.True(Assert.Single(trips, t => t.Country == "JOR").BoundToArrest);
    }

    /// <summary>The corpus stored once for all tests of the class.</summary>
    public sealed class StoredCorpus : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("annals-trips-").FullName;

        public StoredCorpus()
        {
            Db = Path.Combine(_folder, "trips.db");
            var corpus = Path.Combine(SharedData.RepositoryRoot(), "samples", "trips");
            var (code, output, error) = Annals.Tests.Cli.CliRunner.Run("ingest", corpus, "--db", Db);
            Assert.True(code == 0, output + error);
        }

        public KnowledgeBase Kb { get; } = KnowledgeBase.LoadEmbedded();

        public string Db { get; }

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
    }
}
