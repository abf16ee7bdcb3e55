using System.Diagnostics;
using Annals.Reading;
using Annals.Reading.Language;

namespace Annals.Benchmarks;

/// <summary>Where plain-text reading spends its time on the BBC files: disk, decoding, parsing the head, language detection, the reader's plumbing.</summary>
internal static class ReadCommand
{
    public static int Run(string[] args)
    {
        var options = new Options(args);
        var runs = options.Int("runs", 5);
        var files = Corpus.BbcFiles(options.Get("corpus") ?? Corpus.Resolve(null, "corpora/bbc-news-2225"));
        var bytes = files.Select(File.ReadAllBytes).ToArray();
        // sport/199.txt is not valid UTF-8 and is refused by the reader (E-code InputEncoding): left out here as there.
        var texts = bytes.Select(b => TextDecoder.Decode("x", b).Text).OfType<string>().ToArray();
        var parser = new PlainTextReader();
        var articles = texts.Select(t => parser.Parse("x", t)).ToArray();
        var withLanguage = new ArticleReaders();
        var withoutLanguage = new ArticleReaders(new ReadingOptions { DetectLanguage = false });
        var steps = new (string Name, Func<long> Step)[]
        {
            ("File.ReadAllBytes", () => files.Sum(f => (long)File.ReadAllBytes(f).Length)),
            ("TextDecoder.Decode", () => bytes.Sum(b => (long)(TextDecoder.Decode("x", b).Text?.Length ?? 0))),
            ("PlainTextReader.Parse", () => texts.Sum(t => (long)parser.Parse("x", t).Text.Length)),
            // The pieces of Parse that touch the whole text, copied here to see which of them costs.
            ("  Parse piece: ReplaceLineEndings+Split", () => texts.Sum(t => (long)t.ReplaceLineEndings("\n").Split('\n').Length)),
            ("  Parse piece: Split+Join+Trim", () => texts.Sum(t => (long)string.Join('\n', t.ReplaceLineEndings("\n").Split('\n')[2..]).Trim().Length)),
            ("ArticleId.FromContent", () => articles.Sum(a => (long)ArticleId.FromContent(a.Title, a.Text).Length)),
            ("LanguageDetector.Detect", () => articles.Sum(a => (long)(LanguageDetector.Detect(a.Title, a.Text)?.Length ?? 0))),
            ("ArticleReaders.Read(bytes), language off", () => bytes.Sum(b => (long)withoutLanguage.Read("x.txt", b).Count())),
            ("ArticleReaders.Read(bytes)", () => bytes.Sum(b => (long)withLanguage.Read("x.txt", b).Count())),
            ("ArticleReaders.ReadFile(path)", () => files.Sum(f => (long)withLanguage.ReadFile(f).Count())),
        };
        foreach (var (name, step) in steps)
        {
            Measure.WarmUp(() => step(), 1);
            var seconds = new List<double>();
            for (var r = 0; r < runs; r++)
            {
                var sw = Stopwatch.StartNew();
                step();
                seconds.Add(sw.Elapsed.TotalSeconds);
            }
            var median = Measure.Median(seconds);
            Console.WriteLine($"{name,-42} {Measure.F(median * 1e6 / files.Length, 1),8} µs/article (median of {runs}; load {Measure.F(Measure.LoadAverage(), 2)})");
        }
        return 0;
    }
}
