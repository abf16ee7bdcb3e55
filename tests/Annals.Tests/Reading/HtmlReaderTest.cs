using System.Text;
using AngleSharp.Html.Parser;
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

    private static string MainText(string body) =>
        MainTextExtractor.Extract(new HtmlParser().ParseDocument($"<html><body>{body}</body></html>"), null);

    [Fact]
    public void Keeps_an_article_whose_wrapper_is_named_like_a_widget()
    {
        var text = MainText("""
            <div class="sidebar"><div class="widget"><p>Archive: a list of older posts that readers of this blog may also want to read some day.</p></div></div>
            <div class="widget Blog"><h1>Storm closes the harbour</h1>
              <div><span>The harbour was closed on Friday after a storm damaged two of its piers and sank a fishing boat at its mooring.</span></div>
              <div><span>Engineers expect the repairs to take a week, and ferries will dock at the northern quay until then.</span></div>
            </div>
            """);
        Assert.StartsWith("The harbour was closed on Friday", text);
        Assert.EndsWith("northern quay until then.", text);
        Assert.DoesNotContain("Archive", text);
    }

    [Fact]
    public void Drops_a_comment_thread_even_when_it_holds_more_prose_than_the_article()
    {
        const string comment = "<li><p>I have read the whole report and I think the authors underestimate how much the new schedule will cost the families who depend on the early ferry.</p></li>";
        var text = MainText($"""
            <article><h1>Ferry timetable changes</h1>
              <p>From Monday the first ferry of the day leaves at seven rather than six, the operator said, citing a shortage of crew.</p></article>
            <div id="comments" class="comments-area"><ol>{comment}{comment}{comment}{comment}</ol></div>
            """);
        Assert.Equal("From Monday the first ferry of the day leaves at seven rather than six, the operator said, citing a shortage of crew.", text);
    }

    [Fact]
    public void Keeps_the_headlined_article_and_not_the_teasers_of_other_stories_that_follow_it()
    {
        const string teaser = "<article><h2><a href=\"/other\">Another story</a></h2><p>A longer excerpt of another story from the same site, written to tempt the reader into one more click before leaving.</p></article>";
        var text = MainText($"""
            <main><article><h1>Council approves the new library</h1>
              <p>The council voted on Tuesday to build a new library on the site of the old bus station, ending years of debate.</p></article>
            {teaser}{teaser}{teaser}</main>
            """);
        Assert.Equal("The council voted on Tuesday to build a new library on the site of the old bus station, ending years of debate.", text);
    }

    [Fact]
    public void Judges_japanese_sentences_by_what_they_say_not_by_their_character_count()
    {
        var text = MainText("""
            <article><p>2024年3月</p>
              <p>市は月曜日、港の北側に新しい橋を建設すると発表した。</p>
              <p>橋が完成すれば、島の住民は船を使わずに市の中心部まで通勤できるようになり、朝の移動時間は半分ほどに短くなると市は説明している。</p>
              <p>工事は来年の春に始まり、三年後の完成を目指す。費用の大部分は国の補助金でまかなわれる予定で、住民の多くはこの計画を歓迎している。</p></article>
            """);
        Assert.StartsWith("市は月曜日、港の北側に新しい橋を建設すると発表した。\n\n橋が完成すれば", text);
        Assert.EndsWith("住民の多くはこの計画を歓迎している。", text);
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
