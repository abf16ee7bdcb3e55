using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace Annals.Benchmarks;

/// <summary>The shared measuring sets, read in place from <c>../shared/data</c> beside the repository.</summary>
internal static partial class Corpus
{
    /// <summary>The shared data folder: $ANNALS_SHARED_DATA, else ../shared/data beside the repository root (found by Annals.slnx).</summary>
    public static string SharedData()
    {
        if (Environment.GetEnvironmentVariable("ANNALS_SHARED_DATA") is { Length: > 0 } env) return env;
        // BenchmarkDotNet runs its generated projects from deep under bin/, so walk up from both places.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Annals.slnx")))
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
            }
        }
        throw new DirectoryNotFoundException("cannot find ../shared/data: run inside the repository or set ANNALS_SHARED_DATA");
    }

    public static string Resolve(string? path, string relative) =>
        path ?? Path.Combine(SharedData(), relative);

    /// <summary>The BBC corpus's article files (one folder per section), in a fixed order.</summary>
    public static string[] BbcFiles(string dir)
    {
        // The corpus's own notes (README, SOURCE, the duplicate list) sit at the top; articles one folder down.
        var root = Path.GetFullPath(dir).TrimEnd('/');
        var files = Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories)
            .Where(f => Path.GetDirectoryName(f) != root)
            .ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0) throw new FileNotFoundException($"no article files under {dir}");
        return files;
    }

    /// <summary>One Reuters-21578 newswire as a plain-text input: headline, blank line, dateline and body; and its DATE.</summary>
    public sealed record Newswire(string Name, byte[] Bytes, LocalDate Date);

    /// <summary>Splits the SGML files into newswires, in file order, up to <paramref name="limit"/>.</summary>
    /// <remarks>The SGML is not XML (bare ampersand entities, control characters), so a regular expression per record does.</remarks>
    public static List<Newswire> Reuters(string dir, int limit = int.MaxValue)
    {
        var result = new List<Newswire>();
        var files = Directory.GetFiles(dir, "reut2-*.sgm*");
        Array.Sort(files, StringComparer.Ordinal);
        var latin1 = Encoding.Latin1;
        foreach (var file in files)
        {
            string sgml;
            using (var stream = File.OpenRead(file))
            using (var input = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream)
            using (var reader = new StreamReader(input, latin1))
                sgml = reader.ReadToEnd();
            foreach (Match record in Record().Matches(sgml))
            {
                if (result.Count >= limit) return result;
                var body = record.Groups["body"].Value;
                var id = record.Groups["id"].Value;
                var title = Field(body, TitleTag());
                var dateline = Field(body, DatelineTag());
                var text = Field(body, BodyTag());
                var date = ParseDate(Field(body, DateTag()));
                var plain = $"{title}\n\n{dateline}{text}";
                result.Add(new Newswire($"reuters-{id}.txt", Encoding.UTF8.GetBytes(plain), date));
            }
        }
        return result;
    }

    private static string Field(string record, Regex tag)
    {
        var m = tag.Match(record);
        if (!m.Success) return "";
        return m.Groups[1].Value.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&").Replace("&#3;", "").Trim();
    }

    private static LocalDate ParseDate(string value)
    {
        // 26-FEB-1987 15:01:01.79
        var parts = value.Split('-', ' ');
        var months = new[] { "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC" };
        var month = Array.IndexOf(months, parts[1].ToUpperInvariant()) + 1;
        return new LocalDate(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), month,
            int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A file, gunzipped when it ends in .gz.</summary>
    public static byte[] ReadBytes(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal)) return File.ReadAllBytes(path);
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }

    [GeneratedRegex("<REUTERS[^>]*NEWID=\"(?<id>\\d+)\"[^>]*>(?<body>.*?)</REUTERS>", RegexOptions.Singleline)]
    private static partial Regex Record();

    [GeneratedRegex("<TITLE>(.*?)</TITLE>", RegexOptions.Singleline)]
    private static partial Regex TitleTag();

    [GeneratedRegex("<DATELINE>(.*?)</DATELINE>", RegexOptions.Singleline)]
    private static partial Regex DatelineTag();

    [GeneratedRegex("<BODY>(.*?)</BODY>", RegexOptions.Singleline)]
    private static partial Regex BodyTag();

    [GeneratedRegex("<DATE>(.*?)</DATE>", RegexOptions.Singleline)]
    private static partial Regex DateTag();
}
