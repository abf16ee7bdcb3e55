using System.Diagnostics;
using Annals.Knowledge;
using Annals.Pipeline;
using Annals.Reading;
using Annals.Text;
using Annals.Understanding.Entities;

namespace Annals.Benchmarks;

/// <summary>Tokenising and entities on texts already in memory, as the Node tools get them: the like-for-like side of the wink-nlp and compromise runs.</summary>
/// <remarks>
/// Each file's whole text (headline included) is one article's body, so every tool sees the same characters. Articles
/// are analysed as `annals ingest` does, in groups a component at a time (<c>--group-size N</c>, 1 for article by article).
/// </remarks>
internal static class NlpCommand
{
    public static int Run(string[] args)
    {
        var options = new Options(args);
        var runs = options.Int("runs", 3);
        var dir = options.Get("corpus") ?? Corpus.Resolve(null, "corpora/bbc-news-2225");
        var articles = Corpus.BbcFiles(dir).Select(f => new Article
        {
            Id = Path.GetFileName(f),
            Text = File.ReadAllText(f),
            Format = ArticleFormat.Text,
        }).ToList();
        // One pass per process (--task) keeps each pass's peak memory its own: tokenising needs no knowledge base.
        var only = options.Get("task");
        var articleGroups = articles.Chunk(options.Int("group-size", new Annals.Store.IngestOptions().GroupSize)).ToList();
        var kb = only is "tokenise" ? null : KnowledgeBase.LoadEmbedded();
        var passes = new (string Task, Func<Annals.Pipeline.Pipeline> Build)[]
        {
            ("tokenise", () => new PipelineBuilder().UseTokenizer().Build()),
            ("entities", () => new PipelineBuilder().UseTokenizer().UseEntities(kb!).Build()),
            ("full", () => AnnalsPipeline.CreateDefault(kb!)),
        };
        if (options.Int("show", 0) is > 0 and var show)
        {
            // To read what the counts stand for: the entities of the first few articles, by type.
            var pipeline = new PipelineBuilder().UseTokenizer().UseEntities(kb!).Build();
            foreach (var article in articles.Take(show))
            {
                var doc = pipeline.Run(article);
                Console.WriteLine($"{article.Id}: " + string.Join("; ", doc.Entities.Select(e => $"{e.Type}:{e.Text}")));
            }
            return 0;
        }
        foreach (var (task, build) in passes)
        {
            if (only is not null && only != task) continue;
            var pipeline = build();
            Measure.WarmUp(() => { foreach (var group in articleGroups) pipeline.Run(group); });
            var seconds = new List<double>();
            var cpuSeconds = new List<double>();
            long tokens = 0, people = 0, places = 0, orgs = 0, groups = 0;
            for (var r = 0; r < runs; r++)
            {
                tokens = people = places = orgs = groups = 0;
                Measure.Settle();
                var sw = Stopwatch.StartNew();
                var cpu = Measure.Cpu();
                foreach (var doc in articleGroups.SelectMany(group => pipeline.Run(group)))
                {
                    tokens += doc.TokenCount;
                    foreach (var entity in doc.Entities)
                    {
                        switch (entity.Type)
                        {
                            case EntityType.Person: people++; break;
                            case EntityType.Place or EntityType.State: places++; break;
                            case EntityType.Organization: orgs++; break;
                            case EntityType.Group: groups++; break;
                        }
                    }
                }
                seconds.Add(sw.Elapsed.TotalSeconds);
                cpuSeconds.Add(Measure.Cpu() - cpu);
            }
            var median = Measure.Median(seconds);
            var cpuMedian = Measure.Median(cpuSeconds);
            double n = articles.Count;
            Console.WriteLine($"annals {task,-9} {articles.Count} articles: median {Measure.F(median, 3)} s = {Measure.F(n / median, 0)} articles/s, " +
                              $"{Measure.F(tokens / median, 0)} tokens/s; per article {Measure.F(people / n, 2)} people, {Measure.F(places / n, 2)} places, {Measure.F(orgs / n, 2)} orgs");
            Measure.Emit(new()
            {
                ["tool"] = "annals", ["task"] = task, ["corpus"] = "bbc-news-2225", ["articles"] = articles.Count, ["tokens"] = tokens,
                ["runs"] = seconds.Select(s => Math.Round(s, 4)).ToArray(), ["seconds"] = Math.Round(median, 4),
                ["per_s"] = Math.Round(n / median, 1), ["per_cpu_s"] = Math.Round(n / cpuMedian, 1), ["tokens_per_s"] = Math.Round(tokens / median, 0),
                ["people_per_article"] = Math.Round(people / n, 2), ["places_per_article"] = Math.Round(places / n, 2),
                ["orgs_per_article"] = Math.Round(orgs / n, 2), ["groups_per_article"] = Math.Round(groups / n, 2),
            });
        }
        return 0;
    }
}
