using System.Text.Json;
using Annals.Tests.Support;

namespace Annals.Tests.Cli;

/// <summary>trips, warrants --report and check end to end, in-process.</summary>
public sealed class TripsCommandsTests
{
    private static readonly string NoStore = Path.Combine(Path.GetTempPath(), "annals-no-such-store.db");

    [Fact]
    public void Trips_prints_the_contract_JSON_with_Mongolia_bound_to_arrest()
    {
        var (code, output, error) = CliRunner.Run("trips", "Vladimir Putin", "--since", "2024-09-01", "--until", "2024-09-30", "--db", NoStore, "--json");
        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("vladimir-putin", doc.RootElement.GetProperty("person").GetProperty("id").GetString());
        var trip = Assert.Single(doc.RootElement.GetProperty("trips").EnumerateArray());
        foreach (var name in new[] { "country", "start", "end", "places", "articles", "sources", "occupied", "occupiedBy", "romeStatuteParty", "boundToArrest", "warrants" })
            Assert.True(trip.TryGetProperty(name, out _), name);
        Assert.Equal("MNG", trip.GetProperty("country").GetString());
        Assert.True(trip.GetProperty("boundToArrest").GetBoolean());
    }

    [Fact]
    public void Warrants_report_counts_the_trips_where_the_host_was_bound()
    {
        var (code, output, error) = CliRunner.Run("warrants", "--report", "--db", NoStore, "--json");
        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("boundToArrest").GetInt32() >= 5);
        var people = doc.RootElement.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("person").GetProperty("id").GetString()).ToList();
        Assert.Contains("vladimir-putin", people);
        Assert.Contains("omar-al-bashir", people);
        Assert.Contains("benjamin-netanyahu", people);
    }

    [Fact]
    public void Check_on_the_founding_article_judges_the_first_since_claim_against_the_travel_log()
    {
        if (!SharedData.TryGet("../seed/000_af85a14886c4c128.txt", out var seed)) return;
        var (code, output, error) = CliRunner.Run("check", seed, "--db", NoStore, "--json");
        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Contains("Kyrgyzstan", doc.RootElement.GetProperty("article").GetProperty("title").GetString(), StringComparison.Ordinal);
        var claims = doc.RootElement.GetProperty("claims").EnumerateArray().ToList();
        string Kind(JsonElement c) => c.GetProperty("kind").GetString()!;
        string Verdict(JsonElement c) => c.GetProperty("verdict").GetString()!;
        var firstSince = Assert.Single(claims, c => Kind(c) == "first-since");
        // The verdict comes from the travel log: whatever it is, it is no longer "cannot check".
        Assert.NotEqual("unverifiable", Verdict(firstSince));
        Assert.Contains(firstSince.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("id").GetString()!.StartsWith("trip:vladimir-putin:KGZ:2023-10-12", StringComparison.Ordinal));
        Assert.Contains("Mariupol", firstSince.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, claims.Count(c => Kind(c) == "vague-reference"));
        Assert.Contains(claims, c => Kind(c) == "relative-time" && c.GetProperty("text").GetString() == "earlier this year");
        Assert.Contains(claims, c => Kind(c) == "membership" && Verdict(c) == "supported");
    }

    [Fact]
    public void Check_counting_occupied_territory_as_abroad_contradicts_the_claim_and_cites_the_visit()
    {
        if (!SharedData.TryGet("../seed/000_af85a14886c4c128.txt", out var seed)) return;
        var (_, output, _) = CliRunner.Run("check", seed, "--db", NoStore, "--json", "--count-occupied");
        using var doc = JsonDocument.Parse(output);
        var firstSince = Assert.Single(doc.RootElement.GetProperty("claims").EnumerateArray(), c => c.GetProperty("kind").GetString() == "first-since");
        Assert.Equal("contradicted", firstSince.GetProperty("verdict").GetString());
        Assert.Contains(firstSince.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("id").GetString()!.StartsWith("trip:vladimir-putin:UKR:2023-03-18", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_person_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run("trips", "Nobody Atall", "--db", NoStore);
        Assert.Equal(2, code);
        Assert.Contains("no person", error, StringComparison.Ordinal);
    }
}
