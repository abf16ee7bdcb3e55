using System.Text;
using Annals.Diagnostics;
using Annals.Reading;
using Annals.Reading.JsonLines;

namespace Annals.Tests.Reading;

public class JsonLinesReaderTest
{
    private static ReadResult Read(string text, JsonLinesMap? map = null) =>
        new ArticleReaders(new ReadingOptions { JsonLinesMap = map ?? JsonLinesMap.Default }).ReadAll("dump.jsonl", Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reads_the_default_field_names_and_keeps_the_records_id()
    {
        var result = Read("{\"id\":\"r1\",\"title\":\"T\",\"body\":\"The text.\",\"published\":\"2023-10-12\",\"url\":\"https://x\",\"language\":\"en\"}\n");
        var a = Assert.Single(result.Articles);
        Assert.Equal(("r1", "T", "The text.", "2023-10-12", "https://x"), (a.Id, a.Title, a.Text, a.Published!.ToIsoString(), a.Url));
        Assert.Equal(ArticleFormat.Jsonl, a.Format);
    }

    [Fact]
    public void A_bad_line_is_reported_with_its_number_and_the_others_are_read()
    {
        var result = Read("{\"text\":\"one\"}\n{not json}\n[1]\n{\"title\":\"no text\"}\n{\"text\":\"five\"}\n");
        Assert.Equal(["one", "five"], result.Articles.Select(a => a.Text));
        Assert.Equal([2, 3, 4], result.Skipped.Select(e => e.Line!.Value));
        Assert.All(result.Skipped, e => Assert.Equal(ErrorCodes.JsonLineMalformed, e.Code));
        Assert.Null(result.Failure);
    }

    [Fact]
    public void Map_names_other_fields_including_nested_ones()
    {
        var (map, error) = JsonLinesMap.Parse("text=body_text,published=meta.pub,title=headline");
        Assert.Null(error);
        var a = Assert.Single(Read("{\"headline\":\"H\",\"body_text\":\"B.\",\"meta\":{\"pub\":1697097600}}\n", map).Articles);
        Assert.Equal(("H", "B.", "2023-10-12"), (a.Title, a.Text, a.Published!.Date.ToString("yyyy-MM-dd", null)));
    }

    [Fact]
    public void A_malformed_map_is_a_usage_error() => Assert.NotNull(JsonLinesMap.Parse("nonsense").Error);
}
