using System.Text.Json;
using Annals.Reading.Charsets;
using Annals.Understanding.Times;

namespace Annals.Benchmarks;

/// <summary>Writes the inputs of the other tools into a scratch folder outside the repository, decoded once by the same code so every tool sees the same characters.</summary>
/// <remarks>
/// bbc.jsonl: {id, text}; aeb.jsonl: {id, url, truth, file} with the page as UTF-8 in aeb/ID.html;
/// tempeval.jsonl: {id, created, text, timexes: [{start, end, type, value}]} with TempEvalDocument's offsets.
/// </remarks>
internal static class PrepareCommand
{
    public static int Run(string[] args)
    {
        var options = new Options(args);
        var output = options.Require("out");
        Directory.CreateDirectory(Path.Combine(output, "aeb"));

        using (var bbc = new StreamWriter(Path.Combine(output, "bbc.jsonl")))
        {
            var dir = options.Get("corpus") ?? Corpus.Resolve(null, "corpora/bbc-news-2225");
            foreach (var file in Corpus.BbcFiles(dir))
                bbc.WriteLine(JsonSerializer.Serialize(new { id = Path.GetRelativePath(dir, file), text = File.ReadAllText(file) }));
        }

        using (var aeb = new StreamWriter(Path.Combine(output, "aeb.jsonl")))
        {
            var dir = options.Get("aeb") ?? Corpus.Resolve(null, "extraction/aeb-scrapinghub");
            using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "ground-truth.json")));
            foreach (var page in truth.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                var html = CharsetDetector.Decode(Corpus.ReadBytes(Path.Combine(dir, "html", page.Name + ".html.gz")));
                var file = Path.Combine(output, "aeb", page.Name + ".html");
                File.WriteAllText(file, html);
                aeb.WriteLine(JsonSerializer.Serialize(new
                {
                    id = page.Name,
                    url = page.Value.GetProperty("url").GetString(),
                    truth = page.Value.GetProperty("articleBody").GetString() ?? "",
                    file,
                }));
            }
        }

        using (var tempeval = new StreamWriter(Path.Combine(output, "tempeval.jsonl")))
        {
            var dir = options.Get("tempeval") ?? Corpus.Resolve(null, "time/tempeval3-aquaint");
            var files = Directory.GetFiles(dir, "*.tml", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var document in files.Select(TempEvalDocument.Load))
            {
                tempeval.WriteLine(JsonSerializer.Serialize(new
                {
                    id = document.Id,
                    created = document.Created?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    text = document.Text,
                    timexes = document.Timexes.Select(t => new { start = t.Start, end = t.End, type = t.Type, value = t.Value }),
                }));
            }
        }
        Console.WriteLine($"prepared inputs in {output}");
        return 0;
    }
}
