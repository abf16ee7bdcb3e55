using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Annals.Diagnostics;
using Annals.Reading.Charsets;
using Annals.Reading.Streams;

namespace Annals.Reading.Feeds;

/// <summary>Streams the items of an RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 feed, one at a time.</summary>
/// <remarks>
/// <para>System.Xml's streaming reader with DTD processing off, behind <see cref="XmlRepairReader"/>: a feed
/// that declares entities is refused (entity-expansion attacks), while the faults lenient feed readers
/// tolerate (HTML entities, bare ampersands, forbidden characters, misspelt or missing end tags,
/// undeclared prefixes) are repaired on the fly. A parse error after some items keeps those items and
/// reports the line. Elements are matched by local name whatever their namespace, as real feeds mix
/// namespaces freely.</para>
/// <para>Thread-safe: state lives in each enumeration.</para>
/// </remarks>
public static partial class FeedParser
{
    /// <summary>Parses a feed from <paramref name="input"/>.</summary>
    public static IEnumerable<FeedEntry> Parse(string inputName, Stream input)
    {
        var head = new byte[8192];
        var length = StreamHelpers.ReadFully(input, head);
        var (encoding, bom) = CharsetDetector.Detect(head.AsSpan(0, length));
        var headText = encoding.GetString(head, bom, length - bom);
        if (EntityDeclaration().IsMatch(headText))
        {
            yield return new FeedEntry(null, new ReadError(inputName, ErrorCodes.XmlEntitiesRefused,
                "the feed declares XML entities in a DTD; refused (entity expansion can exhaust memory)"), true);
            yield break;
        }
        var stream = new PrefixedStream(head, length, input);
        for (var i = 0; i < bom; i++) stream.ReadByte();
        using var text = new XmlRepairReader(new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false));
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CheckCharacters = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 1024,
        };
        using var xml = XmlReader.Create(text, settings);
        var info = (IXmlLineInfo)xml;
        var state = new FeedState();
        var items = 0;
        var root = true;
        // Reading an element whole leaves the reader on the node after it, which must not be skipped.
        var onNextNode = false;
        while (true)
        {
            FeedItem? item = null;
            ReadError? error = null;
            var fatal = false;
            try
            {
                if (!onNextNode && !xml.Read() || xml.EOF) break;
                onNextNode = false;
                if (xml.NodeType != XmlNodeType.Element) continue;
                var name = xml.LocalName;
                if (root)
                {
                    root = false;
                    state.Format = name switch
                    {
                        "rss" or "RDF" or "rdf" => ArticleFormat.Rss,
                        "feed" => ArticleFormat.Atom,
                        _ => null,
                    };
                    if (state.Format is null)
                    {
                        error = new ReadError(inputName, ErrorCodes.FeedMalformed, $"not a feed: the root element is <{xml.Name}>, not <rss>, <rdf:RDF> or <feed>", null, info.LineNumber);
                        fatal = true;
                    }
                    else
                    {
                        state.Base = xml.GetAttribute("xml:base");
                        state.Language = Lang(xml.GetAttribute("xml:lang"));
                    }
                }
                else if (name is "item" or "entry")
                {
                    var line = info.LineNumber;
                    var element = (XElement)XNode.ReadFrom(xml);
                    onNextNode = true;
                    item = state.Format == ArticleFormat.Atom || name == "entry" ? Atom(element, state, line) : Rss(element, state, line);
                    items++;
                }
                else if (name is "language" && state.Language is null)
                {
                    state.Language = Lang(((XElement)XNode.ReadFrom(xml)).Value);
                    onNextNode = true;
                }
                else if (name is "channel" or "feed")
                {
                    state.Base ??= xml.GetAttribute("xml:base");
                    state.Language ??= Lang(xml.GetAttribute("xml:lang"));
                }
            }
            catch (XmlException e)
            {
                // What was read stays read: a feed broken after some items still gives them.
                var message = e.Message.Split('\n')[0];
                error = new ReadError(inputName, ErrorCodes.FeedMalformed, $"not well-formed XML: {message}", null, e.LineNumber > 0 ? e.LineNumber : null);
                fatal = true;
            }
            if (error is not null && fatal)
            {
                yield return new FeedEntry(null, error, items == 0);
                yield break;
            }
            if (item is not null) yield return new FeedEntry(item, null, false);
            if (error is not null)
            {
                yield return new FeedEntry(null, error, fatal);
                if (fatal) yield break;
            }
        }
        if (root)
            yield return new FeedEntry(null, new ReadError(inputName, ErrorCodes.FeedMalformed, "not a feed: no XML element found"), true);
    }

    private sealed class FeedState
    {
        public ArticleFormat? Format { get; set; }
        public string? Base { get; set; }
        public string? Language { get; set; }
    }

    private static FeedItem Rss(XElement item, FeedState state, int line)
    {
        var link = Text(Child(item, "link")) ?? AtomLink(item) ?? Permalink(item);
        var date = First(item, "pubDate", "date", "published", "issued", "updated", "modified", "created");
        var content = Raw(Child(item, "encoded")) ?? Raw(Child(item, "description")) ?? Raw(Child(item, "summary")) ?? Raw(Child(item, "content"));
        return new FeedItem
        {
            Id = Text(Child(item, "guid")) ?? item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"))?.Value ?? link,
            Title = Plain(Raw(Child(item, "title"))),
            Link = Resolve(link, state.Base),
            PublishedText = date,
            Published = FeedDates.Parse(date),
            Author = Plain(Text(Child(item, "creator")) ?? Text(Child(item, "author"))),
            Content = content,
            Language = Lang(Text(Child(item, "language"))) ?? state.Language,
            Format = ArticleFormat.Rss,
            Line = line,
        };
    }

    private static FeedItem Atom(XElement entry, FeedState state, int line)
    {
        var baseUri = Resolve(entry.Attribute(XNamespace.Xml + "base")?.Value, state.Base) ?? state.Base;
        var date = First(entry, "published", "issued", "updated", "modified", "created");
        var author = Child(entry, "author") is { } a ? Text(Child(a, "name")) ?? Text(a) : null;
        return new FeedItem
        {
            Id = Text(Child(entry, "id")),
            Title = Plain(AtomText(Child(entry, "title"))),
            Link = Resolve(AtomLink(entry), baseUri),
            PublishedText = date,
            Published = FeedDates.Parse(date),
            Author = Plain(author),
            Content = AtomText(Child(entry, "content")) ?? AtomText(Child(entry, "summary")),
            Language = Lang(entry.Attribute(XNamespace.Xml + "lang")?.Value) ?? state.Language,
            Format = ArticleFormat.Atom,
            Line = line,
        };
    }

    private static string? AtomLink(XElement e)
    {
        string? any = null;
        foreach (var link in e.Elements().Where(x => x.Name.LocalName == "link"))
        {
            var href = link.Attribute("href")?.Value ?? (link.HasElements ? null : link.Value);
            if (string.IsNullOrWhiteSpace(href)) continue;
            var rel = link.Attribute("rel")?.Value;
            if (rel is null or "alternate") return href.Trim();
            any ??= href.Trim();
        }
        return any;
    }

    private static string? Permalink(XElement item)
    {
        var guid = Child(item, "guid");
        if (guid is null) return null;
        var perma = guid.Attribute("isPermaLink")?.Value;
        var v = guid.Value.Trim();
        return perma is null or "true" && v.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? v : null;
    }

    // Atom text constructs as HTML: text or html (escaped), xhtml or 0.3's xml mode (inline markup), base64 (0.3's
    // mode, or a binary media type), and any other media type's content as literal text.
    private static string? AtomText(XElement? e)
    {
        if (e is null) return null;
        var type = e.Attribute("type")?.Value.Trim().ToLowerInvariant();
        var mode = e.Attribute("mode")?.Value;
        var html = type is null or "text" or "html" || type.StartsWith("text/", StringComparison.Ordinal);
        var xml = type is not null && type.Contains("xml", StringComparison.Ordinal);
        if (mode == "base64" || !html && !xml)
        {
            if (Base64Text(e.Value) is { } decoded) return Empty(decoded);
        }
        if (type is "xhtml" || xml || e.HasElements && (type is null || mode == "xml")) return Empty(e.HasElements ? Markup(e) : Escaped(e.Value));
        return Empty(html ? e.Value : Escaped(e.Value));
    }

    private static string Escaped(string s)
    {
        var sb = new StringBuilder(s.Length);
        AppendEscaped(sb, s);
        return sb.ToString();
    }

    // The text base64 encodes; null when the value is not base64 of UTF-8 text (an unknown media type's content is then plain text).
    private static string? Base64Text(string value)
    {
        try
        {
            return Strict.GetString(Convert.FromBase64String(value.Trim()));
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    // Inline markup as HTML: local names only, so that namespace prefixes and declarations do not leak into the text.
    private static string Markup(XElement e)
    {
        var sb = new StringBuilder();
        foreach (var n in e.Nodes()) AppendMarkup(sb, n);
        return sb.ToString();
    }

    private static void AppendMarkup(StringBuilder sb, XNode node)
    {
        if (node is XText text)
        {
            AppendEscaped(sb, text.Value);
            return;
        }
        if (node is not XElement e) return;
        var name = e.Name.LocalName;
        sb.Append('<').Append(name);
        foreach (var a in e.Attributes())
        {
            if (a.IsNamespaceDeclaration) continue;
            sb.Append(' ').Append(a.Name.LocalName).Append("=\"");
            AppendEscaped(sb, a.Value);
            sb.Append('"');
        }
        if (e.IsEmpty)
        {
            sb.Append("/>");
            return;
        }
        sb.Append('>');
        foreach (var n in e.Nodes()) AppendMarkup(sb, n);
        sb.Append("</").Append(name).Append('>');
    }

    private static void AppendEscaped(StringBuilder sb, string s)
    {
        foreach (var c in s)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                _ => sb.Append(c),
            };
        }
    }

    private static XElement? Child(XElement e, string localName) => e.Elements().FirstOrDefault(x => x.Name.LocalName == localName);

    private static string? First(XElement e, params string[] names)
    {
        foreach (var n in names)
            if (Text(Child(e, n)) is { } v) return v;
        return null;
    }

    private static string? Text(XElement? e) => e is null ? null : Empty(e.Value.Trim());

    // The element's content as written: CDATA and escaped markup come back as markup text, naked markup as its XML.
    private static string? Raw(XElement? e)
    {
        if (e is null) return null;
        if (!e.HasElements) return Empty(e.Value);
        var sb = new StringBuilder();
        foreach (var n in e.Nodes())
        {
            if (n is XText t) sb.Append(t.Value);
            else AppendMarkup(sb, n);
        }
        return Empty(sb.ToString());
    }

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>Text without markup, entities decoded and whitespace collapsed.</summary>
    public static string? Plain(string? s)
    {
        if (s is null) return null;
        var t = s.Contains('<') ? Tags().Replace(s, " ") : s;
        t = Spaces().Replace(System.Net.WebUtility.HtmlDecode(t), " ").Trim();
        return t.Length == 0 ? null : t;
    }

    private static string? Resolve(string? href, string? baseUri)
    {
        if (href is null) return null;
        if (baseUri is null || Uri.TryCreate(href, UriKind.Absolute, out _)) return href;
        return Uri.TryCreate(baseUri, UriKind.Absolute, out var b) && Uri.TryCreate(b, href, out var r) ? r.ToString() : href;
    }

    private static string? Lang(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var primary = value.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    [GeneratedRegex(@"<!DOCTYPE[^>\[]*\[[^\]]*<!ENTITY", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex EntityDeclaration();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
