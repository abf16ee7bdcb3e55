using System.Text;
using AngleSharp.Dom;

namespace Annals.Reading.Html;

/// <summary>Turns an element's content into text blocks, one per paragraph-like element.</summary>
/// <remarks>Block boundaries follow HTML's block elements; <c>&lt;br&gt;</c> pairs end a block too, as pages built of <c>br</c>s use them for paragraphs. Not thread-safe (holds the block being built).</remarks>
internal sealed class BlockCollector
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "figure", "figcaption", "header", "footer",
        "address", "hr", "center", "details", "summary", "body",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "select",
        "option", "input", "textarea", "nav", "head", "title", "meta", "link", "video", "audio", "picture", "img", "map", "math",
    };

    private readonly List<TextBlock> _blocks = [];
    private readonly StringBuilder _text = new();
    private int _linkChars;
    private string _tag = "div";
    private int _brs;

    /// <summary>The blocks of <paramref name="root"/>'s content, in document order.</summary>
    public static List<TextBlock> Collect(INode root)
    {
        var collector = new BlockCollector();
        collector.Walk(root, 0, "div");
        collector.Flush();
        return collector._blocks;
    }

    private void Walk(INode node, int linkDepth, string blockTag)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                Append(text.Data, linkDepth > 0);
                continue;
            }
            if (child is not IElement element) continue;
            var tag = element.LocalName;
            if (Skipped.Contains(tag)) continue;
            if (tag == "br")
            {
                if (++_brs >= 2) Flush();
                else Append(" ", false);
                continue;
            }
            if (Blocks.Contains(tag))
            {
                Flush();
                _tag = tag;
                Walk(element, linkDepth, tag);
                Flush();
                _tag = blockTag;
            }
            else
            {
                Walk(element, tag == "a" ? linkDepth + 1 : linkDepth, blockTag);
            }
        }
    }

    private void Append(string data, bool inLink)
    {
        var before = _text.Length;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (_text.Length > 0 && _text[^1] != ' ') _text.Append(' ');
            }
            else
            {
                _text.Append(c);
                _brs = 0;
            }
        }
        if (inLink) _linkChars += _text.Length - before;
    }

    private void Flush()
    {
        _brs = 0;
        var text = _text.ToString().Trim();
        if (text.Length > 0) _blocks.Add(new TextBlock(text, Math.Min(_linkChars, text.Length), _tag));
        _text.Clear();
        _linkChars = 0;
    }
}
