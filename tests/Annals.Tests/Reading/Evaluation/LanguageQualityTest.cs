using Annals.Reading;
using Annals.Tests.Support;

namespace Annals.Tests.Reading.Evaluation;

public sealed class LanguageQualityTest
{
    [Fact]
    public void Every_article_of_an_English_news_corpus_is_marked_English()
    {
        if (!SharedData.TryGet("corpora/bbc-news-2225", out var folder)) return;
        var readers = new ArticleReaders();
        // The articles are in one folder per section; files at the top are the corpus' own notes.
        var languages = Directory.EnumerateDirectories(folder).SelectMany(section => Directory.EnumerateFiles(section, "*.txt"))
            .SelectMany(readers.ReadFile)
            .Where(item => item.Kind == ReadItemKind.Article)
            .GroupBy(item => item.Article!.Language ?? "(none)")
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.True(languages.Count == 1 && languages.ContainsKey("en"), string.Join(", ", languages.Select(kv => $"{kv.Key}: {kv.Value}")));
    }
}
