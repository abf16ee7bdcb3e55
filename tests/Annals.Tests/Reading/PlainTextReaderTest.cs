using System.Text;
using Annals.Diagnostics;
using Annals.Reading;
using NodaTime;

namespace Annals.Tests.Reading;

public class PlainTextReaderTest
{
    private static Article Read(string text, PlainTextOptions? options = null) =>
        new PlainTextReader(options).Parse("test.txt", text);

    [Fact]
    public void An_article_id_is_the_first_eight_bytes_of_SHA256_over_title_newline_text_so_ids_stay_stable()
    {
        Assert.Equal("c7492989acb6f3e9", ArticleId.FromContent("Putin in Kyrgyzstan", "Russian President Vladimir Putin arrived in Bishkek."));
        Assert.Equal(ArticleId.FromContent(null, "Body only."), ArticleId.FromContent("", "Body only."));
    }

    [Fact]
    public void Takes_the_first_line_as_title_and_collapses_its_copies()
    {
        var article = Read("Leaders Meet in Astana\n\nLeaders Meet in Astana\nLeaders  meet in Astana\n\nThe leaders met on Friday.");
        Assert.Equal("Leaders Meet in Astana", article.Title);
        Assert.Equal("The leaders met on Friday.", article.Text);
    }

    [Fact]
    public void Makes_any_run_of_white_space_in_a_title_one_space()
    {
        var article = Read("Leaders\tMeet in\u00A0Astana  \nLeaders Meet  in Astana\n\nThe leaders met on Friday.");
        Assert.Equal("Leaders Meet in Astana", article.Title);
        Assert.Equal("The leaders met on Friday.", article.Text);
    }

    [Fact]
    public void Reads_a_published_header_and_a_byline()
    {
        var article = Read("Talks resume\nPublished: 2023-10-12\nBy Jane Roe\n\nTalks resumed.");
        Assert.Equal(new LocalDate(2023, 10, 12), article.Published?.Date);
        Assert.Equal("Jane Roe", article.Author);
        Assert.Equal("Talks resumed.", article.Text);
    }

    [Theory]
    [InlineData("BISHKEK, Oct 12, 2023 — Putin arrived.")]
    [InlineData("BISHKEK, Kyrgyzstan, October 12, 2023 (Wire) - Putin arrived.")]
    [InlineData("BISHKEK, 12 October 2023 -- Putin arrived.")]
    public void Dates_the_article_from_a_dateline_and_keeps_the_dateline_in_the_body(string body)
    {
        var article = Read("Putin in Bishkek\n\n" + body);
        Assert.Equal(new LocalDate(2023, 10, 12), article.Published?.Date);
        Assert.StartsWith("BISHKEK", article.Text);
    }

    [Fact]
    public void A_dateline_without_a_year_leaves_the_article_undated() =>
        Assert.Null(Read("Headline\n\nMOSCOW, Oct. 12 (Wire) — Text.").Published);

    [Fact]
    public void An_article_without_a_date_is_never_dated_by_the_clock() =>
        Assert.Null(Read("Headline\n\nSomething happened earlier this year.").Published);

    [Fact]
    public void The_published_option_wins_over_the_text()
    {
        var given = new PublicationDate(new LocalDate(2024, 1, 2));
        Assert.Equal(given, Read("H\nPublished: 2023-10-12\n\nBody.", new PlainTextOptions { Published = given }).Published);
    }

    [Fact]
    public void A_paragraph_first_line_is_not_a_title()
    {
        var article = Read("The minister resigned on Monday, officials said.\nHer deputy takes over.");
        Assert.Null(article.Title);
        Assert.StartsWith("The minister resigned", article.Text);
    }

    [Fact]
    public void The_same_content_always_gets_the_same_id() =>
        Assert.Equal(Read("T\n\nBody text.").Id, Read("T\r\n\r\nBody text.").Id);

    [Theory]
    [InlineData(new byte[0], ErrorCodes.InputEmpty)]
    [InlineData(new byte[] { 0x20, 0x0A }, ErrorCodes.InputEmpty)]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, ErrorCodes.InputBinary)]
    [InlineData(new byte[] { 0x41, 0x42, 0xFF, 0x43 }, ErrorCodes.InputEncoding)]
    public void Refuses_unreadable_input_with_a_coded_error(byte[] bytes, string code)
    {
        var result = new PlainTextReader().Read("bad.txt", bytes);
        Assert.Equal(code, result.Failure?.Code);
        Assert.Equal("bad.txt", result.Failure?.Input);
        Assert.Empty(result.Articles);
    }

    [Fact]
    public void Reports_the_byte_and_line_of_invalid_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("line one\nline two ").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var error = new PlainTextReader().Read("bad.txt", bytes).Failure!;
        Assert.Equal(18, error.ByteOffset);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Reads_utf16_with_a_byte_order_mark()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("Title\n\nBody.")).ToArray();
        Assert.Equal("Body.", new PlainTextReader().Read("u16.txt", bytes).Articles.Single().Text);
    }
}
