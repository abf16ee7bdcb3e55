using System.Buffers;
using System.Text.RegularExpressions;

namespace Annals.Reading;

/// <summary>Reads a plain-text article: headline, header lines, dateline and body.</summary>
/// <remarks>
/// <para>The first non-empty line is the headline when it reads like one (short, not a paragraph);
/// copies of it that follow (pasted pages often repeat the headline) are dropped.</para>
/// <para>Header lines straight after the headline are taken as metadata and removed from the body:
/// <c>Published:</c>/<c>Date:</c>, <c>By …</c>/<c>Author:</c>, <c>Source:</c>, <c>URL:</c> or a bare address.</para>
/// <para>A dateline opening the body (<c>BISHKEK, Oct 12, 2023 —</c>) gives the publication date when it
/// holds a full date; it stays in the body, which it belongs to. Nothing else dates the article: an
/// article without a stated date is left undated, never dated by the clock.</para>
/// Thread-safe.
/// </remarks>
public sealed partial class PlainTextReader(PlainTextOptions? options = null)
{
    private readonly PlainTextOptions _options = options ?? new PlainTextOptions();

    /// <summary>Reads one article from raw bytes.</summary>
    public ReadResult Read(string input, ReadOnlySpan<byte> bytes)
    {
        var (text, error) = TextDecoder.Decode(input, bytes);
        return error is not null ? ReadResult.Failed(error) : ReadResult.Of(input, Parse(input, text!));
    }

    /// <summary>Reads one article from decoded text.</summary>
    public Article Parse(string input, string raw)
    {
        // Only the head is split into lines: the headline and header lines sit at the top, the body is one slice.
        var text = raw.Contains('\r') ? raw.ReplaceLineEndings("\n") : raw;
        var lines = new HeadLines(text);
        var i = SkipBlank(lines, 0);
        string? title = null;
        if (i < lines.Length && LooksLikeHeadline(lines, i))
        {
            title = Collapse(lines[i]);
            i = SkipBlank(lines, i + 1);
            while (i < lines.Length && string.Equals(Collapse(lines[i]), title, StringComparison.OrdinalIgnoreCase))
                i = SkipBlank(lines, i + 1);
        }

        PublicationDate? published = null;
        string? author = null, url = null, source = null;
        for (; i < lines.Length; i = SkipBlank(lines, i + 1))
        {
            var header = HeaderLine().Match(lines[i]);
            if (header.Success)
            {
                var value = header.Groups["value"].Value.Trim();
                switch (header.Groups["key"].Value.ToLowerInvariant())
                {
                    case "published" or "date" or "dated" or "posted":
                        var parsed = HeaderDateParser.Parse(value);
                        if (!parsed.Success) goto endOfHeader;
                        published = parsed.Value;
                        break;
                    case "by" or "author":
                        author = value;
                        break;
                    case "source":
                        source = value;
                        break;
                    case "url" or "link":
                        url = value;
                        break;
                }
                continue;
            }
            var byline = Byline().Match(lines[i]);
            if (byline.Success) { author = byline.Groups["name"].Value.Trim(); continue; }
            if (BareUrl().IsMatch(lines[i])) { url = lines[i].Trim(); continue; }
            break;
        }
        endOfHeader:

        var body = lines.Start(i) is var start and >= 0 ? TrimmedFrom(text, start) : "";
        if (published is null)
        {
            var dateline = Dateline().Match(body);
            if (dateline.Success && HeaderDateParser.Find(dateline.Value) is { } date)
                published = new PublicationDate(date);
        }
        return new Article
        {
            Id = ArticleId.FromContent(title, body),
            Url = url,
            Title = title,
            Text = body,
            Published = _options.Published ?? published,
            Author = author,
            Source = source ?? input,
            Format = ArticleFormat.Text,
        };
    }

    private bool LooksLikeHeadline(HeadLines lines, int i)
    {
        var line = lines[i].Trim();
        if (line.Length == 0 || line.Length > _options.MaxTitleLength) return false;
        if (HeaderLine().IsMatch(line) || Dateline().IsMatch(line)) return false;
        var next = i + 1 < lines.Length ? lines[i + 1] : "";
        var standsAlone = next.Trim().Length == 0 || string.Equals(Collapse(next), Collapse(line), StringComparison.OrdinalIgnoreCase);
        // Headlines do not end in a full stop; a first line that does is the opening paragraph.
        var lastWord = line[(line.LastIndexOf(' ') + 1)..];
        var endsLikeSentence = line[^1] is '.' or ',' or ';' or ':' && !line.EndsWith("...", StringComparison.Ordinal)
            && !(lastWord.Length <= 5 && lastWord.Count(c => c == '.') >= 2);
        return !endsLikeSentence && (standsAlone || line.Length <= 150);
    }

    // The body is most of the article: trimmed as a span so that it is copied once, or not at all when it is the whole text.
    private static string TrimmedFrom(string text, int start)
    {
        var body = text.AsSpan(start).Trim();
        return body.Length == text.Length ? text : body.ToString();
    }

    private static int SkipBlank(HeadLines lines, int i)
    {
        while (i < lines.Length && lines.IsBlank(i)) i++;
        return i;
    }

    private static string Collapse(string line)
    {
        var trimmed = line.Trim();
        // Most lines are words between single spaces, which collapse to themselves: the regular expression is spared them.
        return trimmed.AsSpan().IndexOfAny(WhiteSpaceButSpace) < 0 && !trimmed.Contains("  ", StringComparison.Ordinal)
            ? trimmed
            : Whitespace().Replace(trimmed, " ");
    }

    private static readonly SearchValues<char> WhiteSpaceButSpace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => char.IsWhiteSpace(c) && c != ' ')]);

    /// <summary>The first lines of a text, each cut out only when read: the header ends after a line or two, and the
    /// paragraphs below it, which are most of the head, need not be copied.</summary>
    private sealed class HeadLines
    {
        private const int MaxLines = 24;
        private readonly string _text;
        // Where each line starts; a text of more lines than the head holds has one start more, where the rest begins.
        private readonly int[] _starts = new int[MaxLines + 1];
        private readonly int _startCount = 1;
        private readonly string?[] _lines;

        public HeadLines(string text)
        {
            _text = text;
            var position = 0;
            while (_startCount <= MaxLines)
            {
                var newline = text.IndexOf('\n', position);
                if (newline < 0) break;
                position = newline + 1;
                _starts[_startCount++] = position;
            }
            Length = _startCount <= MaxLines ? _startCount : _startCount - 1;
            _lines = new string?[Length];
        }

        /// <summary>How many lines the head holds.</summary>
        public int Length { get; }

        /// <summary>Line <paramref name="k"/> without its line break.</summary>
        public string this[int k] => _lines[k] ??= _text[Span(k)];

        /// <summary>Where line <paramref name="k"/> starts (at <see cref="Length"/>, the text after the head), or -1 past the text's end.</summary>
        public int Start(int k) => k < _startCount ? _starts[k] : -1;

        /// <summary>Whether line <paramref name="k"/> is empty or white space.</summary>
        public bool IsBlank(int k) => _text.AsSpan(Span(k)).IsWhiteSpace();

        private Range Span(int k) => _starts[k]..(k + 1 < _startCount ? _starts[k + 1] - 1 : _text.Length);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*(?<key>Published|Date|Dated|Posted|Author|By|Source|URL|Link)\s*:\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^\s*By\s+(?<name>\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|de|van|von|al|bin))*)\s*$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^\s*(https?://|www\.)\S+\s*$")]
    private static partial Regex BareUrl();

    // CITY[, Region][, date][ (Agency)] — : upper-case place, then a dash.
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(,\s*[\p{L}\p{M} .'’-]{2,40}?)?(,\s*[\p{L}\d ,.]{3,40}?)?\s*(\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s")]
    private static partial Regex Dateline();
}
