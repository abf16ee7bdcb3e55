using Annals.Knowledge;
using NodaTime;

namespace Annals.Tests.Knowledge;

public sealed class LoaderErrorTests
{
    private const string OrgHeader = "id\tname\taliases\tcameo\tcameo_source\tled_by\tled_by_source\tsource\n";

    private static KnowledgeDataException LoadWith(string file, string text) =>
        Assert.Throws<KnowledgeDataException>(() => KnowledgeBase.Load(new InMemoryKnowledgeSource(new Dictionary<string, string> { [file] = text })));

    [Fact]
    public void A_row_with_too_few_cells_reports_K001_with_file_and_line()
    {
        var ex = LoadWith(KnowledgeFiles.Organizations, OrgHeader + "UN\tUnited Nations\tUN\tIGOUNO\tS-MEM\t\t\tS-MEM\nCIS\tbroken\n");
        Assert.Equal("K001", ex.Code);
        Assert.Equal(3, ex.Line);
        Assert.Contains("organizations.tsv:3", ex.Message);
    }

    [Fact]
    public void An_unknown_state_reports_K006() =>
        Assert.Equal("K006", LoadWith(KnowledgeFiles.Organizations, OrgHeader + "X\tX\t\tIGO\tS-MEM\tZZZ\t\tS-MEM\n").Code);

    [Fact]
    public void A_bad_date_reports_K003() =>
        Assert.Equal("K003", LoadWith(KnowledgeFiles.Meta, "key\tvalue\tsource\nas_of\t2025-13-01\tS-MEM\n").Code);

    [Fact]
    public void A_missing_file_reports_K005() =>
        Assert.Equal("K005", Assert.Throws<KnowledgeDataException>(() => new EmbeddedKnowledgeSource().Open("nope.tsv")).Code);

    [Theory]
    [InlineData("2004", 2004, 1, 1, DatePrecision.Year)]
    [InlineData("2019-09", 2019, 9, 1, DatePrecision.Month)]
    [InlineData("2023-03-17", 2023, 3, 17, DatePrecision.Day)]
    public void Partial_dates_read_as_their_first_day_with_precision(string text, int y, int m, int d, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(new PartialDate(new LocalDate(y, m, d), precision), date);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("23-01-01")]
    [InlineData("2023-02-30")]
    [InlineData("2023-1-01")]
    [InlineData("soon")]
    public void Malformed_dates_are_rejected(string text) => Assert.False(PartialDate.TryParse(text, out _));
}
