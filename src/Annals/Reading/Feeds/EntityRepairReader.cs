using System.Net;
using System.Text;

namespace Annals.Reading.Feeds;

/// <summary>A text filter that makes feed XML parseable without a DTD: HTML named entities become numeric references and bare ampersands are escaped.</summary>
/// <remarks>
/// Feeds routinely use <c>&amp;nbsp;</c> or a raw <c>&amp;</c>; an XML parser that does not read DTDs (so
/// that entity-expansion attacks cannot run) would reject them. Streaming: holds one chunk. Not thread-safe.
/// </remarks>
internal sealed class EntityRepairReader(TextReader inner) : TextReader
{
    private const int MaxEntity = 32;
    private readonly char[] _chunk = new char[16384];
    private readonly StringBuilder _pending = new();
    private string _out = "";
    private int _outPos;
    private bool _done;

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
            if (_done && _pending.Length == 0) return false;
            if (!_done)
            {
                var n = inner.Read(_chunk, 0, _chunk.Length);
                if (n == 0) _done = true;
                else _pending.Append(_chunk, 0, n);
            }
            _out = Process();
            _outPos = 0;
        }
        return true;
    }

    // Rewrites the pending text, holding back a trailing '&' whose entity may continue in the next chunk.
    private string Process()
    {
        var text = _pending.ToString();
        var hold = text.Length;
        var tailAmp = text.LastIndexOf('&');
        if (!_done && tailAmp >= 0 && text.Length - tailAmp <= MaxEntity && text.IndexOf(';', tailAmp) < 0) hold = tailAmp;
        var sb = new StringBuilder(hold + 16);
        var i = 0;
        while (i < hold)
        {
            var c = text[i];
            if (c != '&') { sb.Append(c); i++; continue; }
            var semi = text.IndexOf(';', i + 1, Math.Min(MaxEntity, text.Length - i - 1));
            var name = semi > i ? text.AsSpan(i + 1, semi - i - 1) : [];
            if (semi < 0 || !IsName(name))
            {
                sb.Append("&amp;");
                i++;
                continue;
            }
            if (name[0] == '#' || name is "amp" or "lt" or "gt" or "quot" or "apos")
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
            i = semi + 1;
        }
        _pending.Remove(0, hold);
        return sb.ToString();
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty) return false;
        if (name[0] == '#')
        {
            if (name.Length < 2) return false;
            var digits = name[1] is 'x' or 'X' ? name[2..] : name[1..];
            if (digits.IsEmpty) return false;
            foreach (var d in digits) if (!char.IsAsciiHexDigit(d)) return false;
            return true;
        }
        foreach (var ch in name) if (!char.IsAsciiLetterOrDigit(ch) && ch is not '_' and not '-' and not '.' and not ':') return false;
        return char.IsAsciiLetter(name[0]);
    }
}
