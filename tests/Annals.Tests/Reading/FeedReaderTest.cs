using System.Text;
using Annals.Diagnostics;
using Annals.Reading;

namespace Annals.Tests.Reading;

public class FeedReaderTest
{
    private static ReadResult Read(string name, string xml) => new ArticleReaders().ReadAll(name, Encoding.UTF8.GetBytes(xml));

    [Fact]
    public void Each_rss_item_becomes_an_article_with_its_guid_link_date_and_full_content()
    {
        var result = Read("feed.xml", """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel><title>Wire</title><language>en-gb</language>
                <item><title>Putin visits Kyrgyzstan</title><link>https://example.org/a</link><guid>g-1</guid>
                  <pubDate>Thu, 12 Oct 2023 08:00:00 GMT</pubDate><description>Short.</description>
                  <content:encoded><![CDATA[<p>The president arrived in Bishkek.</p><p>Talks follow.</p>]]></content:encoded></item>
                <item><title>Second</title><link>https://example.org/b</link><pubDate>Fri, 13 Oct 2023 10:00:00 +0200</pubDate><description>Text &amp; more&nbsp;here.</description></item>
              </channel>
            </rss>
            """);
        Assert.Null(result.Failure);
        Assert.Equal(2, result.Articles.Count);
        var first = result.Articles[0];
        Assert.Equal("g-1", first.Id);
        Assert.Equal("https://example.org/a", first.Url);
        Assert.Equal("2023-10-12T08:00:00Z", first.Published!.ToIsoString());
        Assert.Equal("The president arrived in Bishkek.\n\nTalks follow.", first.Text);
        Assert.Equal(ArticleFormat.Rss, first.Format);
        Assert.Equal("en", first.Language);
        Assert.Equal("Text & more\u00A0here.", result.Articles[1].Text);
        Assert.Equal("2023-10-13T08:00:00Z", result.Articles[1].Published!.ToIsoString());
    }

    [Fact]
    public void Atom_entries_take_their_id_alternate_link_and_published_date()
    {
        var result = Read("feed.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
              <title>T</title>
              <entry><id>tag:x,2023:1</id><title type="html">&lt;b&gt;Titre&lt;/b&gt;</title>
                <link rel="self" href="https://x/self"/><link href="https://x/a"/>
                <published>2023-10-12T08:00:00+02:00</published><updated>2023-10-14T00:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Le président est arrivé.</p></div></content></entry>
            </feed>
            """);
        var a = Assert.Single(result.Articles);
        Assert.Equal("tag:x,2023:1", a.Id);
        Assert.Equal("Titre", a.Title);
        Assert.Equal("https://x/a", a.Url);
        Assert.Equal("2023-10-12T06:00:00Z", a.Published!.ToIsoString());
        Assert.Equal("Le président est arrivé.", a.Text);
        Assert.Equal(ArticleFormat.Atom, a.Format);
    }

    [Fact]
    public void Refuses_a_feed_that_declares_entities_the_billion_laughs_attack()
    {
        var result = Read("laughs.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <rss version="2.0"><channel><item><title>&lol2;</title></item></channel></rss>
            """);
        Assert.Equal(ErrorCodes.XmlEntitiesRefused, result.Failure?.Code);
    }

    [Fact]
    public void Keeps_the_items_before_a_syntax_error_and_reports_its_line()
    {
        // An empty namespace for a prefix is an error no repair should guess at.
        var result = Read("broken.rss", "<rss><channel>\n<item><title>One</title><description>Body one.</description></item>\n<item><p:title xmlns:p=\"\">Two</p:title></item></channel></rss>");
        Assert.Equal("One", Assert.Single(result.Articles).Title);
        var error = Assert.Single(result.Skipped);
        Assert.Equal(ErrorCodes.FeedMalformed, error.Code);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Reads_feeds_with_the_faults_lenient_feed_readers_tolerate()
    {
        var result = Read("sloppy.rss", $"""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Sloppy &amp; Co</title><language>en</langauge>
              <item><title>Misspelt end tag after x<y</titel><link>https://example.org/1?a=1&b=2</link>
                <description>Caf&eacute; &copy; 2024, a &lt; b and 3 < 4</description></item>
              <item><title>Control{"\u0008"} character</title></span><dc:creator>Undeclared Prefix</dc:creator>
                <description>After a stray end tag.</description></item>
              <item><title>Truncated at the end</title><description>Still read
            """);
        Assert.Null(result.Failure);
        Assert.Empty(result.Skipped);
        Assert.Equal(["Misspelt end tag after x<y", "Control character", "Truncated at the end"], result.Articles.Select(a => a.Title));
        Assert.Equal("https://example.org/1?a=1&b=2", result.Articles[0].Url);
        Assert.Equal("Café © 2024, a < b and 3 < 4", result.Articles[0].Text);
        Assert.Equal("en", result.Articles[0].Language);
        Assert.Equal("Undeclared Prefix", result.Articles[1].Author);
        Assert.Equal("After a stray end tag.", result.Articles[1].Text);
        Assert.Equal("Still read", result.Articles[2].Text);
    }

    [Fact]
    public void Reads_every_item_of_a_feed_written_without_whitespace_between_items()
    {
        var items = string.Concat(Enumerable.Range(1, 5).Select(i => $"<item><title>T{i}</title></item>"));
        var result = Read("minified.rss", $"<rss><channel>{items}</channel></rss>");
        Assert.Equal(["T1", "T2", "T3", "T4", "T5"], result.Articles.Select(a => a.Title));
    }

    [Fact]
    public void Repairs_faults_that_straddle_the_chunks_a_long_feed_is_read_in()
    {
        // Items of varying length put tags, entities and CDATA sections across every chunk boundary.
        var sb = new StringBuilder("<rss><channel>");
        for (var i = 0; i < 400; i++)
            sb.Append("<item><title>Item ").Append(i).Append(" &eacute; &</title><description><![CDATA[<p>").Append('x', i * 7).Append("</p>]]></description></item>");
        var result = Read("long.rss", sb.Append("</channel></rss>").ToString());
        Assert.Equal(400, result.Articles.Count);
        Assert.All(result.Articles.Select((a, i) => (a, i)), x =>
        {
            Assert.Equal($"Item {x.i} é &", x.a.Title);
            Assert.Equal(new string('x', x.i * 7), x.a.Text);
        });
    }

    [Fact]
    public void Atom_content_of_other_media_types_is_decoded_or_kept_as_literal_text()
    {
        var result = Read("types.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><title>Binary</title><content type="application/octet-stream">SGVsbG8gd29ybGQ=</content></entry>
              <entry><title>Data</title><content type="application/json">{"a": "&lt;b&gt;"}</content></entry>
              <entry><title type="application/x-custom">Note</title><content type="text">Plain</content></entry>
              <entry><title>Foreign</title><content type="xhtml"><h:div xmlns:h="http://www.w3.org/1999/xhtml" xmlns="urn:other"><h:p>Kept</h:p></h:div></content></entry>
            </feed>
            """);
        Assert.Equal(["Hello world", "{\"a\": \"<b>\"}", "Plain", "Kept"], result.Articles.Select(a => a.Text));
        Assert.Equal("Note", result.Articles[2].Title);
    }

    [Fact]
    public void Json_feed_items_become_articles()
    {
        var result = Read("feed.json", """
            {"version": "https://jsonfeed.org/version/1.1", "title": "F", "language": "en",
             "items": [{"id": "1", "url": "https://x/1", "title": "One", "content_html": "<p>Body.</p>", "date_published": "2023-10-12T08:00:00Z", "authors": [{"name": "A. Writer"}]}]}
            """);
        var a = Assert.Single(result.Articles);
        Assert.Equal(("1", "Body.", "A. Writer", ArticleFormat.JsonFeed), (a.Id, a.Text, a.Author, a.Format));
        Assert.Equal("2023-10-12", a.Published!.Date.ToString("yyyy-MM-dd", null));
    }
}
