using System.Text;
using Annals.Diagnostics;
using Annals.Reading;

namespace Annals.Tests.Reading;

public class WarcReaderTest
{
    private static string Record(string type, string id, string block, string? uri = "https://example.org/news/2023/10/12/visit")
    {
        var bytes = Encoding.UTF8.GetByteCount(block);
        return $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Date: 2023-10-20T00:00:00Z\r\n" +
               (uri is null ? "" : $"WARC-Target-URI: {uri}\r\n") +
               $"Content-Type: application/http; msgtype={type}\r\nContent-Length: {bytes}\r\n\r\n{block}\r\n\r\n";
    }

    private const string Page = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><head><title>Visit</title><meta property=\"article:published_time\" content=\"2023-10-12T08:00:00Z\"></head><body><article><p>The president arrived in Bishkek on Thursday for talks on trade and security with his host.</p></article></body></html>";

    [Fact]
    public void Response_records_holding_html_become_articles_with_the_record_id_and_uri()
    {
        var warc = Record("request", "1", "GET / HTTP/1.1\r\n\r\n") + Record("response", "2", Page);
        var result = ResultOf(warc, out var items);
        var a = Assert.Single(result.Articles);
        Assert.Equal("urn:uuid:2", a.Id);
        Assert.Equal("https://example.org/news/2023/10/12/visit", a.Url);
        Assert.Equal("2023-10-12T08:00:00Z", a.Published!.ToIsoString());
        Assert.Equal(ArticleFormat.Warc, a.Format);
        Assert.Contains(items, i => i.Kind == ReadItemKind.Ignored && i.Reason == "WARC request record");
    }

    [Fact]
    public void A_garbled_record_is_reported_with_its_offset_and_the_next_one_is_still_read()
    {
        var good = Record("response", "2", Page);
        var warc = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\ngarbage\r\n\r\n" + good;
        var result = ResultOf(warc, out _);
        Assert.Single(result.Articles);
        var error = Assert.Single(result.Skipped);
        Assert.Equal(ErrorCodes.WarcRecordMalformed, error.Code);
        Assert.Equal(0, error.ByteOffset);
    }

    [Fact]
    public void A_truncated_record_is_reported_and_does_not_fail_the_input()
    {
        var warc = Record("response", "2", Page);
        var result = ResultOf(warc[..(warc.Length - 100)], out _);
        Assert.Null(result.Failure);
        Assert.Contains("cut short", Assert.Single(result.Skipped).Message);
    }

    [Fact]
    public void Streams_a_large_archive_in_bounded_memory()
    {
        // 300 record pairs, about 300 MB in all, streamed through without being held at once.
        var readers = new ArticleReaders(new ReadingOptions { DetectLanguage = false });
        var stream = new RepeatingStream(Encoding.UTF8.GetBytes(Record("response", "r", Page) + Record("metadata", "m", new string('x', 1 << 20))), 300);
        long consumedAtFirstArticle = -1;
        var articles = 0;
        foreach (var item in readers.Read("big.warc", stream))
        {
            if (item.Kind != ReadItemKind.Article) continue;
            if (articles++ == 0) consumedAtFirstArticle = stream.Position;
        }
        Assert.Equal(300, articles);
        // The first article comes out after a few MB have been read, not after the whole archive:
        // memory stays bounded by a record, whatever the archive's size. (A heap figure would be
        // polluted by tests running in parallel; how far the stream was read is not.)
        Assert.InRange(consumedAtFirstArticle, 1, 8L * 1024 * 1024);
    }

    private static ReadResult ResultOf(string warc, out List<ReadItem> items)
    {
        items = new ArticleReaders().Read("t.warc", Encoding.UTF8.GetBytes(warc)).ToList();
        return ReadResult.FromItems("t.warc", items);
    }

    private sealed class RepeatingStream(byte[] unit, int times) : Stream
    {
        private long _position;
        private readonly long _length = (long)unit.Length * times;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => _length;
        public override long Position { get => _position; set => throw new NotSupportedException("the test stream reads forward only"); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _length - _position);
            var at = (int)(_position % unit.Length);
            n = Math.Min(n, unit.Length - at);
            Array.Copy(unit, at, buffer, offset, n);
            _position += n;
            return n;
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("the test stream reads forward only");
        public override void SetLength(long value) => throw new NotSupportedException("the test stream reads forward only");
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("the test stream reads forward only");
    }
}
