using System.Text;
using Annals.Reading;
using Annals.Reading.Language;

namespace Annals.Tests.Reading;

public class HtmlReaderTest
{
    private const string Page = """
        <!doctype html><html lang="en"><head><title>Putin in Kyrgyzstan | The Daily</title>
        <link rel="canonical" href="https://daily.example/2023/10/12/putin-kyrgyzstan">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Putin in Kyrgyzstan","datePublished":"2023-10-12T08:00:00Z","author":{"@type":"Person","name":"Ann Writer"}}</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <div class="share-tools"><a href="#">Share on Facebook</a></div>
        <article><h1>Putin in Kyrgyzstan</h1>
          <p>Russian President Vladimir Putin arrived in Kyrgyzstan on Thursday, his first trip abroad since the International Criminal Court issued a warrant for his arrest.</p>
          <p>Kyrgyzstan signed the Rome Statute but never ratified it, so it has no obligation to arrest him during the visit to Bishkek.</p>
        </article>
        <aside class="related"><a href="/x">Related: other news</a></aside>
        <footer>© The Daily</footer></body></html>
        """;

    [Fact]
    public void Keeps_the_article_and_drops_navigation_sharing_and_footer()
    {
        var a = Assert.Single(new ArticleReaders().ReadAll("page.html", Encoding.UTF8.GetBytes(Page)).Articles);
        Assert.StartsWith("Russian President Vladimir Putin arrived", a.Text);
        Assert.EndsWith("visit to Bishkek.", a.Text);
        Assert.DoesNotContain("Share", a.Text);
        Assert.DoesNotContain("Home", a.Text);
        Assert.Equal("Putin in Kyrgyzstan", a.Title);
        Assert.Equal("Ann Writer", a.Author);
        Assert.Equal("2023-10-12T08:00:00Z", a.Published!.ToIsoString());
        Assert.Equal("https://daily.example/2023/10/12/putin-kyrgyzstan", a.Url);
        Assert.Equal("en", a.Language);
        Assert.Equal(ArticleFormat.Html, a.Format);
    }

    [Theory]
    [InlineData("The government said on Monday that the talks with the delegation had been a success and that it would continue them.", "en")]
    [InlineData("Le gouvernement a déclaré lundi que les discussions avec la délégation avaient été un succès et qu'il les poursuivrait.", "fr")]
    [InlineData("Die Regierung sagte am Montag, dass die Gespräche mit der Delegation ein Erfolg gewesen seien und dass sie fortgesetzt werden.", "de")]
    [InlineData("Правительство заявило в понедельник, что переговоры с делегацией были успешными и что оно их продолжит.", "ru")]
    [InlineData("الحكومة قالت يوم الاثنين إن المحادثات مع الوفد كانت ناجحة وإنها ستواصلها في الأسابيع المقبلة", "ar")]
    public void Detects_the_language_of_an_article(string text, string code) => Assert.Equal(code, LanguageDetector.Detect(null, text));
}
