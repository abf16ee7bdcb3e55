using NodaTime.Text;

namespace Annals.Tests.Understanding.Times;

/// <summary>Runs every case of Specs/Times/TimeSpecs.md.</summary>
public sealed class TimeSpecTest
{
    private static readonly string SpecPath = Path.Combine(AppContext.BaseDirectory, "Specs", "Times", "TimeSpecs.md");

    public static TheoryData<int, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string>();
        var lines = File.ReadAllLines(SpecPath);
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            if (!line.StartsWith('|')) continue;
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length != 3 || cells[0] == "published" || cells[0].StartsWith("---", StringComparison.Ordinal)) continue;
            data.Add(n + 1, cells[0], cells[1], cells[2]);
        }
        return data;
    }

    [Fact]
    public void The_spec_file_has_enough_cases() => Assert.True(Cases().Count() >= 60);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(int line, string published, string text, string expected)
    {
        var anchor = published == "-" ? (NodaTime.LocalDate?)null : LocalDatePattern.Iso.Parse(published).GetValueOrThrow();
        var doc = TimeDocs.Analyse(text, anchor);
        foreach (var mention in doc.Times)
            Assert.Equal(mention.Text, text[mention.Range.Start..mention.Range.End]);
        Assert.True(expected == TimeDocs.Describe(doc), $"TimeSpecs.md line {line}: expected [{expected}] got [{TimeDocs.Describe(doc)}]");
    }
}
