using System.IO.Compression;
using System.Text;
using Annals.Diagnostics;
using Annals.Reading;

namespace Annals.Tests.Reading;

/// <summary>Reading named files from disk: small files are read whole, large ones streamed, and both give what the same bytes give in memory.</summary>
public sealed class ReadFileTest : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("annals-readfile-");
    private readonly ArticleReaders _readers = new();

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private ReadResult FromDisk(string path) => ReadResult.FromItems(path, _readers.ReadFile(path));

    [Fact]
    public void A_small_text_file_reads_as_its_bytes_do_in_memory()
    {
        var bytes = Encoding.UTF8.GetBytes("Harbour reopens after storm\n\nThe harbour at Kilmore reopened on Tuesday after repairs.\n");
        var path = Write("harbour.txt", bytes);

        var fromDisk = Assert.Single(FromDisk(path).Articles);
        var inMemory = Assert.Single(_readers.ReadAll(path, bytes).Articles);

        Assert.Equal(inMemory, fromDisk);
        Assert.Equal("Harbour reopens after storm", fromDisk.Title);
    }

    [Fact]
    public void A_file_larger_than_a_megabyte_is_streamed_and_every_record_is_read()
    {
        var lines = new StringBuilder();
        for (var i = 0; i < 12000; i++)
            lines.Append("{\"id\":\"n").Append(i).Append("\",\"title\":\"Council meeting ").Append(i)
                 .Append("\",\"text\":\"The council met on Monday to discuss the budget for the coming year, item ").Append(i).Append(".\"}\n");
        var bytes = Encoding.UTF8.GetBytes(lines.ToString());
        Assert.True(bytes.Length > 1 << 20);

        var result = FromDisk(Write("dump.jsonl", bytes));

        Assert.Equal(12000, result.Articles.Count);
        Assert.Equal("n11999", result.Articles[^1].Id);
    }

    [Fact]
    public void A_small_gzip_file_is_decompressed()
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes("Bridge closed for repairs\n\nThe old bridge over the Lune closed on Friday.\n"));

        var article = Assert.Single(FromDisk(Write("bridge.txt.gz", packed.ToArray())).Articles);

        Assert.Equal("Bridge closed for repairs", article.Title);
    }

    [Fact]
    public void An_empty_file_is_refused_as_empty()
    {
        var result = FromDisk(Write("empty.txt", []));

        Assert.Equal(ErrorCodes.InputEmpty, result.Failure?.Code);
    }

    [Fact]
    public void A_missing_file_and_a_folder_are_refused_with_their_own_codes()
    {
        var missing = FromDisk(Path.Combine(_folder.FullName, "nowhere.txt"));
        var folder = FromDisk(_folder.FullName);

        Assert.Equal(ErrorCodes.InputMissing, missing.Failure?.Code);
        Assert.Equal(ErrorCodes.InputUnreadable, folder.Failure?.Code);
        Assert.Contains("is a folder", folder.Failure?.Message, StringComparison.Ordinal);
    }
}
