using Annals.Pipeline;
using Annals.Tests.Support;
using Annals.Understanding.Entities;
using NodaTime;

namespace Annals.Tests.Understanding.Entities;

/// <summary>An analyst's PETRARCH agents dictionary adds generic actors, coded after the country beside them.</summary>
public sealed class PetrarchAgentDictionaryTest
{
    // Agents in PETRARCH's format, written for these tests.
    private const string Dictionary = """
        !PERSON! = MAN, MEN, WOMAN, WOMEN
        CONGRESS!PERSON! [~LEG]
        HARBOUR_MASTER [~GOV]        # a regular plural is made
        LIFEBOAT_CREW {} [~CVL]      # no plural
        ELECTION_MONITOR  [NGO~]
        PORT_WARDEN
        CITY!OFFICIAL! [~GOV]
        """;

    private static PetrarchAgentDictionary Read() => PetrarchAgentDictionary.Read("test.agents", Dictionary);

    [Fact]
    public void Phrases_plurals_and_substitutions_are_written_out_with_their_codes()
    {
        var agents = Read().Agents.Select(a => (a.Phrase, a.Code)).ToList();
        Assert.Contains(("congressman", "LEG"), agents);
        Assert.Contains(("congresswomen", "LEG"), agents);
        Assert.Contains(("harbour master", "GOV"), agents);
        Assert.Contains(("harbour masters", "GOV"), agents);
        Assert.Contains(("lifeboat crew", "CVL"), agents);
        Assert.DoesNotContain(("lifeboat crews", "CVL"), agents);
        Assert.Contains(("election monitor", "NGO"), agents);
    }

    [Fact]
    public void Lines_without_a_code_or_with_an_undefined_set_are_reported()
    {
        var skipped = Read().Skipped.Select(s => s.ToString()).ToList();
        Assert.Equal(["test.agents:6: no agent code in [~CODE] or [CODE~]", "test.agents:7: the substitution set !OFFICIAL! is not defined"], skipped);
    }

    [Fact]
    public void The_entity_stage_codes_an_agent_after_the_country_beside_it()
    {
        var options = new EntityOptions { AgentDictionaries = [Read()] };
        var pipeline = new PipelineBuilder().UseTokenizer().UseEntities(Shared.Kb, options).Build();
        var doc = pipeline.Run(Some.Article("Norwegian harbour masters closed the port on Monday.", new LocalDate(2024, 3, 4)));

        var masters = Assert.Single(doc.Entities, e => e.Text == "Norwegian harbour masters");
        Assert.Equal(EntityType.Group, masters.Type);
        Assert.Equal("NORGOV", masters.Actor);
    }
}
