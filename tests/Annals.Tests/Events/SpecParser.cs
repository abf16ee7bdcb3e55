using System.Text;
using Annals.Reading;
using Annals.Text;
using Annals.Text.Tokenization;
using Annals.Understanding.Entities;
using NodaTime;

namespace Annals.Tests.Events;

/// <summary>Reads event spec files and turns their marked sentences into documents with entity mentions.</summary>
/// <remarks>
/// An example is a line <c>* SENTENCE ⇒ EVENT; EVENT</c> (or <c>⇒ nothing</c>); an event is
/// <c>CODE SOURCE -> TARGET MODALITY</c> with <c>-</c> for no target. Actors are marked
/// <c>[text|type|actor|country]</c>, the last two optional.
/// </remarks>
internal static class SpecParser
{
    public static readonly LocalDate Published = new(2024, 5, 17);

    public static IEnumerable<SpecExample> Read(string path)
    {
        var name = Path.GetFileName(path);
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (!line.StartsWith("* ", StringComparison.Ordinal)) continue;
            var arrow = line.IndexOf('⇒');
            if (arrow < 0) throw new FormatException($"{name}:{lineNo}: example without ⇒");
            var marked = line[2..arrow].Trim();
            var expected = line[(arrow + 1)..].Trim();
            IReadOnlyList<string> events = expected == "nothing"
                ? []
                : [.. expected.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Normalize)];
            yield return new SpecExample(name, lineNo, marked, events);
        }
    }

    public static string Normalize(string e) => string.Join(' ', e.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Strips the marks, tokenizes, and adds a mention for every marked span.</summary>
    public static Doc BuildDoc(string marked, LocalDate? published = null)
    {
        var text = new StringBuilder();
        var spans = new List<(int Start, int End, string[] Fields)>();
        var i = 0;
        while (i < marked.Length)
        {
            if (marked[i] == '[')
            {
                var close = marked.IndexOf(']', i);
                var fields = marked[(i + 1)..close].Split('|');
                var start = text.Length;
                text.Append(fields[0]);
                spans.Add((start, text.Length, fields));
                i = close + 1;
            }
            else
            {
                text.Append(marked[i]);
                i++;
            }
        }
        var doc = new Doc(new Article
        {
            Id = "spec",
            Text = text.ToString(),
            Published = new PublicationDate(published ?? Published),
            Format = ArticleFormat.Text,
        });
        new TokenizerComponent().Process(doc);
        foreach (var (start, end, fields) in spans)
            doc.Entities.Add(Mention(doc, start, end, fields));
        return doc;
    }

    public static EntityMention Mention(Doc doc, int start, int end, string[] fields)
    {
        var first = doc.TokenAtOrAfter(start);
        var last = first;
        while (last < doc.TokenCount && doc.Token(last).Start < end) last++;
        return new EntityMention
        {
            Range = new TextRange(start, end),
            FirstToken = first,
            EndToken = last,
            Text = doc.Text[start..end],
            Type = fields.Length > 1 ? Enum.Parse<EntityType>(fields[1], ignoreCase: true) : EntityType.State,
            Actor = fields.Length > 2 && fields[2].Length > 0 ? fields[2] : null,
            Country = fields.Length > 3 && fields[3].Length > 0 ? fields[3] : null,
            Name = fields[0],
        };
    }
}
