using System.IO.Compression;
using System.Text;

namespace Annals.Reading.Warc;

/// <summary>An HTTP response as a WARC record holds it: status, headers and the decoded body.</summary>
/// <remarks>Immutable.</remarks>
internal sealed record HttpPayload(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The Content-Type header, when present.</summary>
    public string? ContentType => Headers.TryGetValue("content-type", out var v) ? v : null;

    /// <summary>Parses a response block; null when it does not start with an HTTP status line.</summary>
    public static HttpPayload? Parse(byte[] block)
    {
        var span = block.AsSpan();
        var headerEnd = span.IndexOf("\r\n\r\n"u8);
        var sepLength = 4;
        if (headerEnd < 0) { headerEnd = span.IndexOf("\n\n"u8); sepLength = 2; }
        if (headerEnd < 0) headerEnd = span.Length;
        var head = Encoding.Latin1.GetString(span[..headerEnd]);
        var lines = head.Split('\n');
        var status = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase) || !int.TryParse(status[1], out var code))
            return null;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
        var body = headerEnd + sepLength <= span.Length ? span[(headerEnd + sepLength)..].ToArray() : [];
        if (headers.TryGetValue("transfer-encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            body = Dechunk(body) ?? body;
        if (headers.TryGetValue("content-encoding", out var ce))
            body = Decompress(body, ce.Trim().ToLowerInvariant()) ?? body;
        return new HttpPayload(code, headers, body);
    }

    // Crawlers often store the body already de-chunked while keeping the header: a body that does not parse as chunks is kept as is.
    private static byte[]? Dechunk(byte[] body)
    {
        var output = new MemoryStream();
        var i = 0;
        while (i < body.Length)
        {
            var lf = Array.IndexOf(body, (byte)'\n', i);
            if (lf < 0) return null;
            var sizeText = Encoding.ASCII.GetString(body, i, lf - i).Trim().Split(';')[0];
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out var size) || size < 0) return null;
            i = lf + 1;
            if (size == 0) return output.ToArray();
            if (i + size > body.Length) return null;
            output.Write(body, i, size);
            i += size;
            while (i < body.Length && body[i] is (byte)'\r' or (byte)'\n') i++;
        }
        return output.ToArray();
    }

    private static byte[]? Decompress(byte[] body, string encoding)
    {
        try
        {
            Stream? decoder = encoding switch
            {
                "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
                "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
                "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
                _ => null,
            };
            if (decoder is null) return null;
            using (decoder)
            {
                var output = new MemoryStream();
                decoder.CopyTo(output);
                return output.ToArray();
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // Some crawlers store the body decompressed but keep the header.
            return null;
        }
    }
}
