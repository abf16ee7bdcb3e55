using System.IO.Compression;
using Annals.Reading.Charsets;

namespace Annals.Tests.Reading.Evaluation;

/// <summary>Reads a benchmark page (gzipped or not) into text with the engine's own charset detection.</summary>
internal static class PageFiles
{
    public static string Read(string path)
    {
        byte[] bytes;
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            bytes = ms.ToArray();
        }
        else
        {
            bytes = File.ReadAllBytes(path);
        }
        return CharsetDetector.Decode(bytes);
    }
}
