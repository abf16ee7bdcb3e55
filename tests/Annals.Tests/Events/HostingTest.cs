using Annals.Reading;
using Annals.Tests.Support;
using NodaTime;

namespace Annals.Tests.Events;

public class HostingTest
{
    private static IReadOnlyList<string> CodesOf(string text, LocalDate published) =>
        [.. Shared.Pipeline.Run(new Article
        {
            Id = "hosting-spec",
            Text = text,
            Published = new PublicationDate(published),
            Format = ArticleFormat.Text,
        }).Events.Select(e => $"{e.Code} {e.Source.Actor}>{e.Target?.Actor}")];

    [Fact]
    public void A_visit_to_another_state_codes_its_host_receiving_the_visitor()
    {
        var codes = CodesOf("Vladimir Putin visited Bishkek on Thursday.", new LocalDate(2023, 10, 13));
        Assert.Contains(codes, c => c.StartsWith("042 RUSGOV>", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.StartsWith("043 ", StringComparison.Ordinal) && c.EndsWith(">RUSGOV", StringComparison.Ordinal));
    }

    [Fact]
    public void A_visit_to_territory_the_visitors_own_state_occupies_codes_no_host()
    {
        var codes = CodesOf("Vladimir Putin visited Mariupol on Saturday.", new LocalDate(2023, 3, 19));
        Assert.Contains(codes, c => c.StartsWith("042 RUSGOV>", StringComparison.Ordinal));
        Assert.DoesNotContain(codes, c => c.StartsWith("043 ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tour_of_the_visitors_own_country_codes_no_host()
    {
        var codes = CodesOf("Vladimir Putin visited Novosibirsk on Tuesday.", new LocalDate(2024, 6, 5));
        Assert.Contains(codes, c => c.StartsWith("042 RUSGOV>", StringComparison.Ordinal));
        Assert.DoesNotContain(codes, c => c.StartsWith("043 ", StringComparison.Ordinal));
    }
}
