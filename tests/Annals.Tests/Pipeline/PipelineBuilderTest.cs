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

    // Fails on the documents whose text holds "boom", and counts the documents it was given.
    private sealed class ThrowsOnBoom : IPipelineComponent
    {
        public ComponentInfo Info { get; } = new("test.boom.v1", Annotations.None, Annotations.None);
        public int Seen { get; private set; }

        public void Process(Doc doc)
        {
            Seen++;
            if (doc.Text.Contains("boom", StringComparison.Ordinal)) throw new InvalidOperationException("boom");
        }
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
    public void A_group_of_articles_comes_out_as_each_article_does_alone()
    {
        var pipeline = Shared.Pipeline;
        var articles = new[]
        {
            Some.Article("Putin visited Kyrgyzstan on Thursday. Protesters gathered in Bishkek."),
            Some.Article("The ministers of France and Germany met in Paris last week."),
            Some.Article("Rain is expected."),
        };

        var together = pipeline.Run(articles);

        Assert.Equal(articles.Length, together.Length);
        for (var i = 0; i < articles.Length; i++)
        {
            var alone = pipeline.Run(articles[i]);
            Assert.Same(articles[i], together[i].Article);
            Assert.Equal(alone.Entities.Select(e => (e.Text, e.KbId)), together[i].Entities.Select(e => (e.Text, e.KbId)));
            Assert.Equal(alone.Events.Select(e => (e.Code, e.Source.Text)), together[i].Events.Select(e => (e.Code, e.Source.Text)));
            Assert.Equal(alone.Times.Select(t => t.Text), together[i].Times.Select(t => t.Text));
        }
        Assert.NotEmpty(together[0].Events);
    }

    [Fact]
    public void In_a_group_a_failing_document_is_reported_and_left_while_the_others_go_on()
    {
        var boom = new ThrowsOnBoom();
        var after = new ThrowsOnBoom();
        var pipeline = new PipelineBuilder().UseTokenizer().Add(boom).Add(after).Build();
        var listener = new Collecting();

        var docs = pipeline.Run([Some.Article("First one."), Some.Article("This goes boom."), Some.Article("Third one.")], listener);

        Assert.Equal(["test.boom.v1: boom"], listener.Failures);
        Assert.Equal(3, boom.Seen);
        Assert.Equal(2, after.Seen);
        Assert.All(docs, d => Assert.True(d.TokenCount > 0));
    }

    [Fact]
    public void In_a_group_without_a_listener_a_failure_is_thrown()
    {
        var pipeline = new PipelineBuilder().Add(new ThrowsOnBoom()).Build();
        Assert.Throws<InvalidOperationException>(() => pipeline.Run([Some.Article("Calm."), Some.Article("boom")]));
    }

    [Fact]
    public void A_pipeline_is_reusable_across_threads()
    {
        var pipeline = new PipelineBuilder().UseTokenizer().Build();
        var counts = Enumerable.Range(0, 64).AsParallel().Select(i => pipeline.Run(Some.Article($"Sentence {i}. Another one.")).SentenceCount).ToList();
        Assert.All(counts, c => Assert.Equal(2, c));
    }
}
