using System.Net;
using System.Text;

namespace Annals.Reading.Feeds;

/// <summary>A text filter that turns the almost-XML real feeds are written in into well-formed XML, the way lenient feed readers read it.</summary>
/// <remarks>
/// <para>Repairs, token by token: HTML named entities become numeric references and bare ampersands are escaped
/// (no DTD is ever read, so entity-expansion attacks cannot run); characters XML forbids are dropped; a
/// <c>&lt;</c> that starts no tag is text; attributes are quoted, de-duplicated and given a value; a
/// namespace prefix nobody declared is declared; an end tag closes the elements left open inside it, a
/// misspelt end tag (<c>&lt;language&gt;en&lt;/langauge&gt;</c>) closes the text-only element it follows,
/// and any other stray end tag is dropped; elements still open at the end are closed. Comments, processing
/// instructions, the XML declaration and DOCTYPEs are dropped, and whatever follows the root element is ignored.
/// Line breaks are kept so that line numbers still point into the input.</para>
/// <para>Streaming: holds one chunk plus any token that spans chunks. Not thread-safe.</para>
/// </remarks>
internal sealed class XmlRepairReader(TextReader inner) : TextReader
{
    private const int MaxEntity = 32;
    private const string UndeclaredNamespace = "urn:annals:undeclared-prefix:";
    private readonly char[] _chunk = new char[16384];
    private readonly StringBuilder _pending = new();
    private readonly List<OpenElement> _open = [];
    private string _out = "";
    private int _outPos;
    private bool _done;
    private bool _finished;
    private bool _rootSeen;
    private bool _rootClosed;
    // Where the search for the end of a held comment or CDATA section resumes, relative to its start.
    private int _resume;

    private enum Token { Incomplete, Text, Comment, CData, Instruction, Declaration, EndTag, StartTag }

    private sealed class OpenElement(string name)
    {
        public string Name { get; } = name;
        public List<string>? Prefixes { get; set; }
        public bool HasChildren { get; set; }
    }

    public override int Peek()
    {
        if (!Fill()) return -1;
        return _out[_outPos];
    }

    public override int Read()
    {
        if (!Fill()) return -1;
        return _out[_outPos++];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill()) return 0;
        var n = Math.Min(buffer.Length, _out.Length - _outPos);
        _out.AsSpan(_outPos, n).CopyTo(buffer);
        _outPos += n;
        return n;
    }

    private bool Fill()
    {
        while (_outPos >= _out.Length)
        {
            if (_finished) return false;
            var n = inner.Read(_chunk, 0, _chunk.Length);
            if (n == 0) _done = true;
            else _pending.Append(_chunk, 0, n);
            _out = Process();
            _outPos = 0;
            _finished = _done;
        }
        return true;
    }

    // Rewrites the pending text, holding back a trailing token or entity that may continue in the next chunk.
    private string Process()
    {
        var text = _pending.ToString();
        var sb = new StringBuilder(text.Length + 64);
        var i = 0;
        while (i < text.Length)
        {
            var lt = text.IndexOf('<', i);
            if (lt < 0)
            {
                var end = text.Length;
                var amp = text.LastIndexOf('&');
                if (!_done && amp >= i && end - amp <= MaxEntity && text.IndexOf(';', amp) < 0) end = amp;
                AppendText(sb, text, i, end, false);
                i = end;
                break;
            }
            AppendText(sb, text, i, lt, false);
            i = lt;
            var (token, tokenEnd) = Scan(text, lt);
            if (token == Token.Incomplete)
            {
                if (!_done) break;
                token = Token.Text;
            }
            if (token == Token.Text)
            {
                if (InRoot) sb.Append("&lt;");
                i = lt + 1;
                continue;
            }
            switch (token)
            {
                case Token.CData when InRoot:
                    sb.Append("<![CDATA[");
                    AppendLegal(sb, text, lt + 9, tokenEnd - 3);
                    sb.Append("]]>");
                    break;
                case Token.StartTag:
                    if (!StartTag(sb, text, lt, tokenEnd))
                    {
                        if (InRoot) sb.Append("&lt;");
                        i = lt + 1;
                        continue;
                    }
                    break;
                case Token.EndTag:
                    EndTag(sb, text, lt, tokenEnd);
                    break;
                default:
                    AppendLineBreaks(sb, text, lt, tokenEnd);
                    break;
            }
            i = tokenEnd;
        }
        _pending.Remove(0, i);
        if (_done)
        {
            for (var k = _open.Count - 1; k >= 0; k--) sb.Append("</").Append(_open[k].Name).Append('>');
            _open.Clear();
        }
        return sb.ToString();
    }

    private bool InRoot => _rootSeen && !_rootClosed;

    // What the '<' at start opens and where it ends (the index after it).
    private (Token, int) Scan(string text, int start)
    {
        var rest = text.Length - start;
        if (rest < 2) return (Token.Incomplete, -1);
        var next = text[start + 1];
        if (next == '!')
        {
            if (Opens(text, start, "<!--", out var partial)) return Until(text, start, 4, "-->", Token.Comment);
            if (Opens(text, start, "<![CDATA[", out var partialCData)) return Until(text, start, 9, "]]>", Token.CData);
            if (partial || partialCData) return (Token.Incomplete, -1);
            return Declaration(text, start);
        }
        if (next == '?') return Until(text, start, 2, "?>", Token.Instruction);
        if (next == '/' || IsNameStart(next))
        {
            var end = TagEnd(text, start);
            if (end == NotATag) return (Token.Text, start + 1);
            return end < 0 ? (Token.Incomplete, -1) : (next == '/' ? Token.EndTag : Token.StartTag, end);
        }
        return (Token.Text, start + 1);
    }

    private static bool Opens(string text, int start, string opener, out bool partial)
    {
        var n = Math.Min(opener.Length, text.Length - start);
        var prefix = string.CompareOrdinal(text, start, opener, 0, n) == 0;
        partial = prefix && n < opener.Length;
        return prefix && n == opener.Length;
    }

    private (Token, int) Until(string text, int start, int openerLength, string terminator, Token token)
    {
        var from = start + Math.Max(openerLength, start == 0 ? _resume : 0);
        var end = text.IndexOf(terminator, from, StringComparison.Ordinal);
        if (end >= 0)
        {
            _resume = 0;
            return (token, end + terminator.Length);
        }
        _resume = Math.Max(openerLength, text.Length - start - terminator.Length + 1);
        return (Token.Incomplete, -1);
    }

    // <!DOCTYPE ...> with an optional [internal subset], or another markup declaration.
    private static (Token, int) Declaration(string text, int start)
    {
        var depth = 0;
        for (var j = start + 2; j < text.Length; j++)
        {
            var c = text[j];
            if (c == '[') depth++;
            else if (c == ']') depth = Math.Max(0, depth - 1);
            else if (c == '>' && depth == 0) return (Token.Declaration, j + 1);
        }
        return (Token.Incomplete, -1);
    }

    private const int NotATag = -2;

    // The end of a tag: the first '>' outside quotes; a quote left open up to a '<' was a stray quote, so the first '>' ends
    // the tag. A '<' before any '>' means the first one was text ("a<b and c"), not a tag.
    private static int TagEnd(string text, int start)
    {
        var quote = '\0';
        for (var j = start + 1; j < text.Length; j++)
        {
            var c = text[j];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                else if (c == '<')
                {
                    var plain = text.IndexOf('>', start + 1);
                    return plain < 0 ? -1 : plain + 1;
                }
            }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return j + 1;
            else if (c == '<') return NotATag;
        }
        return -1;
    }

    // Writes a repaired start tag; false when the '<' does not start a well-formed element name (it is then text).
    private bool StartTag(StringBuilder sb, string text, int start, int end)
    {
        if (_rootClosed) return true;
        var j = start + 1;
        var name = ReadName(text, ref j, end - 1);
        if (!IsQualifiedName(name)) return false;
        var close = end - 1;
        var selfClosing = false;
        var k = close - 1;
        while (k > j && char.IsWhiteSpace(text[k])) k--;
        if (k >= j && text[k] == '/')
        {
            selfClosing = true;
            close = k;
        }
        var element = new OpenElement(name);
        var tag = new StringBuilder().Append('<').Append(name);
        var seen = new List<string>();
        var used = new List<string>();
        Use(used, name);
        while (j < close)
        {
            var c = text[j];
            if (char.IsWhiteSpace(c))
            {
                tag.Append(c);
                j++;
                continue;
            }
            var attr = ReadName(text, ref j, close);
            if (attr.Length == 0)
            {
                j++;
                continue;
            }
            var (valueStart, valueEnd) = ReadValue(text, ref j, close, tag);
            if (!IsQualifiedName(attr) || seen.Contains(attr)) continue;
            seen.Add(attr);
            if (attr.StartsWith("xmlns:", StringComparison.Ordinal)) (element.Prefixes ??= []).Add(attr[6..]);
            else if (attr != "xmlns") Use(used, attr);
            if (!char.IsWhiteSpace(tag[^1])) tag.Append(' ');
            tag.Append(attr).Append("=\"");
            if (valueStart >= 0) AppendText(tag, text, valueStart, valueEnd, true);
            tag.Append('"');
        }
        foreach (var prefix in used)
            if (!Declared(prefix, element)) tag.Append(" xmlns:").Append(prefix).Append("=\"").Append(UndeclaredNamespace).Append(prefix).Append('"');
        tag.Append(selfClosing ? "/>" : ">");
        if (_open.Count > 0) _open[^1].HasChildren = true;
        _rootSeen = true;
        sb.Append(tag);
        if (!selfClosing) _open.Add(element);
        else if (_open.Count == 0) _rootClosed = true;
        return true;
    }

    // Reads an attribute's value after its name: quoted, unquoted, or none; returns its span (-1 when none).
    private static (int Start, int End) ReadValue(string text, ref int j, int close, StringBuilder tag)
    {
        var k = j;
        while (k < close && char.IsWhiteSpace(text[k])) k++;
        if (k >= close || text[k] != '=') return (-1, -1);
        k++;
        var breaks = 0;
        for (var m = j; m < k; m++) if (text[m] == '\n') breaks++;
        while (k < close && char.IsWhiteSpace(text[k]))
        {
            if (text[k] == '\n') breaks++;
            k++;
        }
        tag.Append('\n', breaks);
        if (k < close && text[k] is '"' or '\'')
        {
            var endQuote = text.IndexOf(text[k], k + 1, close - k - 1);
            if (endQuote < 0) endQuote = close;
            j = Math.Min(endQuote + 1, close);
            return (k + 1, endQuote);
        }
        var start = k;
        while (k < close && !char.IsWhiteSpace(text[k])) k++;
        j = k;
        return (start, k);
    }

    private void EndTag(StringBuilder sb, string text, int start, int end)
    {
        var j = start + 2;
        var name = ReadName(text, ref j, end - 1);
        if (_open.Count == 0 || _rootClosed)
        {
            AppendLineBreaks(sb, text, start, end);
            return;
        }
        var match = _open.FindLastIndex(e => e.Name == name);
        if (match < 0) match = _open.FindLastIndex(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
        if (match < 0)
        {
            // A misspelt end tag right after text closes that element; any other stray end tag means nothing.
            if (_open[^1].HasChildren)
            {
                AppendLineBreaks(sb, text, start, end);
                return;
            }
            match = _open.Count - 1;
        }
        for (var k = _open.Count - 1; k >= match; k--) sb.Append("</").Append(_open[k].Name).Append('>');
        AppendLineBreaks(sb, text, start, end);
        _open.RemoveRange(match, _open.Count - match);
        if (_open.Count == 0) _rootClosed = true;
    }

    private bool Declared(string prefix, OpenElement element)
    {
        if (prefix is "xml" || element.Prefixes?.Contains(prefix) == true) return true;
        foreach (var open in _open)
            if (open.Prefixes?.Contains(prefix) == true) return true;
        return false;
    }

    private static void Use(List<string> used, string qualifiedName)
    {
        var colon = qualifiedName.IndexOf(':');
        if (colon > 0 && !used.Contains(qualifiedName[..colon])) used.Add(qualifiedName[..colon]);
    }

    private static string ReadName(string text, ref int j, int end)
    {
        var start = j;
        while (j < end && !char.IsWhiteSpace(text[j]) && text[j] is not ('=' or '>' or '/' or '"' or '\'' or '<')) j++;
        return text[start..j];
    }

    // An XML name with at most one colon, not at either end (what a namespace-aware reader accepts).
    private static bool IsQualifiedName(string name)
    {
        if (name.Length == 0 || !IsNameStart(name[0])) return false;
        var colon = name.IndexOf(':');
        if (colon == 0 || colon == name.Length - 1 || colon >= 0 && name.IndexOf(':', colon + 1) >= 0) return false;
        foreach (var c in name)
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-' or '.' or ':' or '\u00B7') && c < '\u0300') return false;
        return colon < 0 || IsNameStart(name[colon + 1]);
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or ':';

    private static bool IsXmlChar(char c) => c >= ' ' ? c < '\uFFFE' : c is '\t' or '\n' or '\r';

    private static void AppendLineBreaks(StringBuilder sb, string text, int start, int end)
    {
        for (var k = start; k < end; k++) if (text[k] == '\n') sb.Append('\n');
    }

    private static void AppendLegal(StringBuilder sb, string text, int start, int end)
    {
        for (var k = start; k < end; k++) if (IsXmlChar(text[k])) sb.Append(text[k]);
    }

    // Character data or an attribute value: entities repaired, markup characters escaped, forbidden characters dropped.
    private void AppendText(StringBuilder sb, string text, int start, int end, bool attribute)
    {
        if (!attribute && !InRoot)
        {
            AppendLineBreaks(sb, text, start, end);
            return;
        }
        var i = start;
        while (i < end)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    i = AppendEntity(sb, text, i, end);
                    continue;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '"' when attribute:
                    sb.Append("&quot;");
                    break;
                default:
                    if (IsXmlChar(c)) sb.Append(c);
                    break;
            }
            i++;
        }
    }

    // Writes the entity reference at text[i] in a form XML accepts; returns the index after it.
    private static int AppendEntity(StringBuilder sb, string text, int i, int end)
    {
        var semi = text.IndexOf(';', i + 1, Math.Min(MaxEntity, end - i - 1));
        var name = semi > i ? text.AsSpan(i + 1, semi - i - 1) : [];
        if (semi < 0 || !IsEntityName(name))
        {
            sb.Append("&amp;");
            return i + 1;
        }
        if (name[0] == '#')
        {
            // A reference to a character XML forbids is dropped like the character itself.
            if (IsXmlCodePoint(CodePoint(name))) sb.Append(text, i, semi - i + 1);
        }
        else if (name is "amp" or "lt" or "gt" or "quot" or "apos")
        {
            sb.Append(text, i, semi - i + 1);
        }
        else
        {
            var decoded = WebUtility.HtmlDecode(text.Substring(i, semi - i + 1));
            if (decoded.Length > 0 && decoded[0] != '&')
                foreach (var r in decoded.EnumerateRunes()) sb.Append("&#").Append(r.Value).Append(';');
            else sb.Append("&amp;").Append(name).Append(';');
        }
        return semi + 1;
    }

    private static long CodePoint(ReadOnlySpan<char> reference) =>
        reference[1] is 'x' or 'X'
            ? long.Parse(reference[2..], System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture)
            : long.Parse(reference[1..], System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsXmlCodePoint(long c) =>
        c is 0x9 or 0xA or 0xD or >= 0x20 and <= 0xD7FF or >= 0xE000 and <= 0xFFFD or >= 0x10000 and <= 0x10FFFF;

    private static bool IsEntityName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty) return false;
        if (name[0] == '#')
        {
            if (name.Length < 2) return false;
            var hex = name[1] is 'x' or 'X';
            var digits = hex ? name[2..] : name[1..];
            if (digits.IsEmpty || digits.Length > 8) return false;
            foreach (var d in digits) if (hex ? !char.IsAsciiHexDigit(d) : !char.IsAsciiDigit(d)) return false;
            return true;
        }
        foreach (var ch in name) if (!char.IsAsciiLetterOrDigit(ch) && ch is not '_' and not '-' and not '.' and not ':') return false;
        return char.IsAsciiLetter(name[0]);
    }
}
