using Annals.Pipeline;
using Annals.Reading;
using Annals.Text;
using Annals.Text.Tokenization;
using Annals.Understanding.Times;
using NodaTime;

namespace Annals.Tests.Understanding.Times;

/// <summary>Runs text through the tokenizer and the time stage, as an article published on a given day.</summary>
internal static class TimeDocs
{
    private static readonly Annals.Pipeline.Pipeline Default = Build(null);

    public static Annals.Pipeline.Pipeline Build(TimeOptions? options) =>
        new PipelineBuilder().Add(new TokenizerComponent()).UseTimes(options).Build();

    public static Doc Analyse(string text, LocalDate? published, Annals.Pipeline.Pipeline? pipeline = null) =>
        (pipeline ?? Default).Run(new Article
        {
            Id = "spec",
            Text = text,
            Published = published is { } p ? new PublicationDate(p) : null,
            Format = ArticleFormat.Text,
        });

    /// <summary>The mentions as the specs write them: <c>span => date; …</c>, or <c>(none)</c>.</summary>
    public static string Describe(Doc doc) =>
        doc.Times.Count == 0 ? "(none)" : string.Join("; ", doc.Times.Select(t => $"{t.Text} => {t.Date}"));
}
