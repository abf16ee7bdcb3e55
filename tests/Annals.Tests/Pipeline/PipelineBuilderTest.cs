using Annals.Diagnostics;
using Annals.Pipeline;
using Annals.Tests.Support;
using Annals.Text;

namespace Annals.Tests.Pipeline;

public class PipelineBuilderTest
{
    private sealed class Needs(Annotations requires, Annotations assigns = Annotations.None) : IPipelineComponent
    {
        public ComponentInfo Info { get; } = new("test.needs.v1", requires, assigns);
        public void Process(Doc doc) { }
    }

    private sealed class Throws : IPipelineComponent
    {
        public ComponentInfo Info { get; } = new("test.throws.v1", Annotations.None, Annotations.None);
        public void Process(Doc doc) => throw new InvalidOperationException("boom");
    }

    private sealed class Collecting : IPipelineFailureListener
    {
        public List<string> Failures { get; } = [];
        public void OnFailure(Doc doc, IPipelineComponent component, Exception error) => Failures.Add($"{component.Info.Name}: {error.Message}");
    }

    [Fact]
    public void Fails_fast_when_a_requirement_comes_later()
    {
        var builder = new PipelineBuilder().Add(new Needs(Annotations.Tokens)).UseTokenizer();
        var error = Assert.Throws<AnnalsException>(() => builder.Build());
        Assert.Equal(ErrorCodes.PipelineOrder, error.Code);
        Assert.Contains("test.needs.v1", error.Message);
    }

    [Fact]
    public void Builds_when_requirements_are_met_in_order()
    {
        var pipeline = new PipelineBuilder().UseTokenizer().Add(new Needs(Annotations.Tokens | Annotations.Sentences)).Build();
        Assert.Equal("text.tokenizer.v1+test.needs.v1", pipeline.Description);
    }

    [Fact]
    public void A_builder_builds_once()
    {
        var builder = new PipelineBuilder().UseTokenizer();
        builder.Build();
        Assert.Equal(ErrorCodes.PipelineBuiltTwice, Assert.Throws<AnnalsException>(() => builder.Build()).Code);
    }

    [Fact]
    public void AddIfNotAlready_does_not_add_a_second_tokenizer() =>
        Assert.Single(new PipelineBuilder().UseTokenizer().UseTokenizer().Components);

    [Fact]
    public void A_failing_component_is_reported_and_the_run_returns_what_was_found()
    {
        var pipeline = new PipelineBuilder().UseTokenizer().Add(new Throws()).Build();
        var listener = new Collecting();
        var doc = pipeline.Run(Some.Article("Text here."), listener);
        Assert.Equal(["test.throws.v1: boom"], listener.Failures);
        Assert.Equal(3, doc.TokenCount);
    }

    [Fact]
    public void A_pipeline_is_reusable_across_threads()
    {
        var pipeline = new PipelineBuilder().UseTokenizer().Build();
        var counts = Enumerable.Range(0, 64).AsParallel().Select(i => pipeline.Run(Some.Article($"Sentence {i}. Another one.")).SentenceCount).ToList();
        Assert.All(counts, c => Assert.Equal(2, c));
    }
}
