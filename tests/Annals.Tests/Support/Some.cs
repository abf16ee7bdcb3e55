using Annals.Reading;
using Annals.Text;
using Annals.Text.Tokenization;
using NodaTime;

namespace Annals.Tests.Support;

/// <summary>Builders for test inputs.</summary>
internal static class Some
{
    public static Article Article(string text, LocalDate? published = null, string? title = null) => new()
    {
        Id = ArticleId.FromContent(title, text),
        Title = title,
        Text = text,
        Published = published is { } p ? new PublicationDate(p) : null,
        Format = ArticleFormat.Text,
    };

    public static Doc TokenizedDoc(string text, LocalDate? published = null)
    {
        var doc = new Doc(Article(text, published));
        new TokenizerComponent().Process(doc);
        return doc;
    }
}
