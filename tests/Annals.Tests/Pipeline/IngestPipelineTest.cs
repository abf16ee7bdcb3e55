using Annals.Pipeline;
using Annals.Reading;
using Annals.Tests.Support;

namespace Annals.Tests.Pipeline;

public class IngestPipelineTest
{
    private static readonly Annals.Pipeline.Pipeline Ingest = AnnalsPipeline.CreateForIngest(Shared.Kb);

    private static Article Report() => new()
    {
        Id = "ingest-spec",
        Title = "Leader visits neighbour despite court warrant",
        Text = "BISHKEK, Oct 12, 2023 — Russian President Vladimir Putin arrived in Kyrgyzstan on Thursday, his first trip abroad "
             + "since the International Criminal Court issued a warrant for his arrest in March. Kyrgyzstan hosted the visit.",
        Format = ArticleFormat.Text,
    };

    [Fact]
    public void Codes_the_same_mentions_and_events_as_the_full_pipeline()
    {
        var full = Shared.Pipeline.Run(Report());
        var ingest = Ingest.Run(Report());
        Assert.NotEmpty(full.Events);
        Assert.Equal(full.Entities.Select(e => (e.Range, e.KbId)), ingest.Entities.Select(e => (e.Range, e.KbId)));
        Assert.Equal(full.Events.Select(e => (e.Code, e.Source.Id, e.Target?.Id, e.Date.Value)), ingest.Events.Select(e => (e.Code, e.Source.Id, e.Target?.Id, e.Date.Value)));
    }

    [Fact]
    public void Leaves_out_the_knowledge_base_facts_that_a_store_does_not_keep()
    {
        Assert.NotEmpty(Shared.Pipeline.Run(Report()).Context);
        Assert.Empty(Ingest.Run(Report()).Context);
    }

    [Fact]
    public void Still_finds_claims_because_they_date_events()
    {
        Assert.NotEmpty(Ingest.Run(Report()).Claims);
    }
}
