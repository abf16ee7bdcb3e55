using Annals.Events;

namespace Annals.Tests.Events;

/// <summary>Runs every example of <c>Specs/Events/*.md</c> through the tokenizer and the event coder.</summary>
public sealed class EventSpecs
{
    private static readonly EventCoderComponent _coder = new();

    /// <summary>All examples of all spec files.</summary>
    public static TheoryData<SpecExample> Examples()
    {
        var data = new TheoryData<SpecExample>();
        foreach (var example in AllExamples()) data.Add(example);
        return data;
    }

    private static IEnumerable<SpecExample> AllExamples()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Specs", "Events");
        return Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).SelectMany(SpecParser.Read);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Codes_the_expected_events(SpecExample example)
    {
        var doc = SpecParser.BuildDoc(example.Marked);
        _coder.Process(doc);
        var actual = doc.Events.Select(Describe).Order(StringComparer.Ordinal).ToList();
        var expected = example.Expected.Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"{example}: {doc.Text}\n expected: {string.Join("; ", expected)}\n actual:   {string.Join("; ", actual)}\n patterns: {string.Join(" | ", doc.Events.Select(e => e.Pattern))}");
    }

    [Fact]
    public void Every_root_has_at_least_three_examples()
    {
        var roots = AllExamples().SelectMany(e => e.Expected).Select(e => e[..2]).GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        for (var root = 1; root <= 20; root++)
            Assert.True(roots.GetValueOrDefault(root.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)) >= 3, $"root {root:D2} has fewer than three examples");
    }

    internal static string Describe(CodedEvent e) =>
        $"{e.Code} {e.Source.Actor ?? e.Source.Text} -> {(e.Target is null ? "-" : e.Target.Actor ?? e.Target.Text)} {e.Modality.ToString().ToLowerInvariant()}";
}
