using System.Text;
using Annals.Reading;
using Annals.Reading.Html;
using Annals.Reading.Language;
using NodaTime;

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

    [Fact]
    public void Dates_a_page_without_structured_dates_by_the_date_printed_under_its_headline()
    {
        const string html = """
            <html><body>
            <div class="ticker">Tuesday, 14 November 2023</div>
            <h1>Council approves the new bridge</h1>
            <p class="byline">By Ann Writer | Published 9 November 2023</p>
            <p>The council voted on 2 October 2023 to fund the bridge, after a debate that lasted for most of the afternoon and into the evening.</p>
            <aside><ul><li><a href="/older">An older story</a> <span class="date">3 November 2023</span></li></ul></aside>
            <div class="comments"><p class="comment-date">12 November 2023</p><p>Great news!</p></div>
            </body></html>
            """;
        Assert.Equal(new LocalDate(2023, 11, 9), HtmlPageReader.ReadMetadata(html).Published!.Date);
    }

    [Fact]
    public void Reads_day_first_numeric_dates_after_a_cue_word()
    {
        const string html = """<html><body><h1>Neue Brücke beschlossen</h1><dl><dt>Datum</dt><dd>08.11.2023</dd></dl><p>Der Rat hat entschieden.</p></body></html>""";
        Assert.Equal(new LocalDate(2023, 11, 8), HtmlPageReader.ReadMetadata(html).Published!.Date);
    }

    [Fact]
    public void Never_dates_a_page_by_the_clock()
    {
        // A bare time of day would read as "today" to a lenient parser; readers' comments are no evidence either.
        const string html = """
            <html><body><h1>A post</h1><abbr class="published" itemprop="datePublished" title="08:00">08:00</abbr>
            <div id="comments"><span class="comment-time">14 November 2023</span></div></body></html>
            """;
        Assert.Null(HtmlPageReader.ReadMetadata(html).Published);
    }

    [Fact]
    public void Prefers_the_day_in_the_address_to_a_UTC_timestamp_already_on_the_next_day()
    {
        const string html = """<html><head><meta property="article:published_time" content="2023-11-09T03:30:00Z"></head><body><h1>Late news</h1></body></html>""";
        var published = HtmlPageReader.ReadMetadata(html, "https://paper.example/2023/11/08/late-news/").Published!;
        Assert.Equal(new LocalDate(2023, 11, 8), published.Date);
    }

    [Fact]
    public void Finds_the_publication_date_a_script_keeps_for_itself()
    {
        const string html = """<html><head><script>window.state = {"article":{"id":7,"publishedAt":"2023-11-07T10:00:00+01:00"}};</script></head><body><h1>App page</h1></body></html>""";
        Assert.Equal(new LocalDate(2023, 11, 7), HtmlPageReader.ReadMetadata(html).Published!.Date);
    }

    [Fact]
    public void Passes_over_a_date_later_than_the_fetch()
    {
        const string html = """
            <html><head><meta name="date" content="2031-01-01"></head>
            <body><h1>Report</h1><p class="date">6 November 2023</p></body></html>
            """;
        Assert.Equal(new LocalDate(2023, 11, 6), HtmlPageReader.ReadMetadata(html, fetched: new LocalDate(2023, 11, 20)).Published!.Date);
    }

    [Theory]
    [InlineData("The government said on Monday that the talks with the delegation had been a success and that it would continue them.", "en")]
    [InlineData("Le gouvernement a déclaré lundi que les discussions avec la délégation avaient été un succès et qu'il les poursuivrait.", "fr")]
    [InlineData("Die Regierung sagte am Montag, dass die Gespräche mit der Delegation ein Erfolg gewesen seien und dass sie fortgesetzt werden.", "de")]
    [InlineData("Правительство заявило в понедельник, что переговоры с делегацией были успешными и что оно их продолжит.", "ru")]
    [InlineData("الحكومة قالت يوم الاثنين إن المحادثات مع الوفد كانت ناجحة وإنها ستواصلها في الأسابيع المقبلة", "ar")]
    public void Detects_the_language_of_an_article(string text, string code) => Assert.Equal(code, LanguageDetector.Detect(null, text));
}
