using Annals.Events;
using Annals.Knowledge;
using Annals.Pipeline;
using Annals.Reading;
using Annals.Reading.Charsets;
using Annals.Reading.Html;
using Annals.Understanding.Times;
using BenchmarkDotNet.Attributes;

namespace Annals.Benchmarks.Micro;

/// <summary>Reading: plain-text files and HTML pages through <see cref="ArticleReaders"/>, from bytes in memory.</summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private const int Articles = 200;
    private const int Pages = 20;
    private readonly ArticleReaders _readers = new();
    private (string Name, byte[] Bytes)[] _texts = [];
    private (string Name, byte[] Bytes)[] _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus.BbcFiles(Corpus.Resolve(null, "corpora/bbc-news-2225")).Take(Articles)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToArray();
        var html = Path.Combine(Corpus.SharedData(), "extraction/aeb-scrapinghub/html");
        _pages = Directory.GetFiles(html, "*.html.gz").Order(StringComparer.Ordinal).Take(Pages)
            .Select(f => (Path.GetFileName(f)[..^3], Corpus.ReadBytes(f))).ToArray();
    }

    /// <summary>Per article.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int PlainText()
    {
        var n = 0;
        foreach (var (name, bytes) in _texts)
            foreach (var item in _readers.Read(name, bytes)) n += item.Article?.Text.Length ?? 0;
        return n;
    }

    /// <summary>Per page: charset detection, parse, metadata, main text (and the Readability fallback when ours finds little).</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public int Html()
    {
        var n = 0;
        foreach (var (name, bytes) in _pages)
            n += HtmlPageReader.Read(name, CharsetDetector.Decode(bytes))?.Text.Length ?? 0;
        return n;
    }
}

/// <summary>The understanding stages on BBC articles in memory; each benchmark adds one stage to the one before, so the differences are the stages' costs.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private const int Articles = 200;
    private Article[] _articles = [];
    private Annals.Pipeline.Pipeline _tokens = null!;
    private Annals.Pipeline.Pipeline _entities = null!;
    private Annals.Pipeline.Pipeline _times = null!;
    private Annals.Pipeline.Pipeline _events = null!;
    private Annals.Pipeline.Pipeline _full = null!;

    [GlobalSetup]
    public void Setup()
    {
        var readers = new ArticleReaders();
        _articles = Corpus.BbcFiles(Corpus.Resolve(null, "corpora/bbc-news-2225")).Take(Articles)
            .SelectMany(readers.ReadFile).Where(i => i.Kind == ReadItemKind.Article).Select(i => i.Article!).ToArray();
        var kb = KnowledgeBase.LoadEmbedded();
        _tokens = new PipelineBuilder().UseTokenizer().Build();
        _entities = new PipelineBuilder().UseTokenizer().UseEntities(kb).Build();
        _times = new PipelineBuilder().UseTokenizer().UseTimes().Build();
        _events = new PipelineBuilder().UseTokenizer().UseEntities(kb).UseEventCoder().Build();
        _full = AnnalsPipeline.CreateDefault(kb);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Articles)]
    public int Tokenise() => Run(_tokens);

    [Benchmark(OperationsPerInvoke = Articles)]
    public int TokeniseEntities() => Run(_entities);

    [Benchmark(OperationsPerInvoke = Articles)]
    public int TokeniseDates() => Run(_times);

    [Benchmark(OperationsPerInvoke = Articles)]
    public int TokeniseEntitiesEvents() => Run(_events);

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Full() => Run(_full);

    private int Run(Annals.Pipeline.Pipeline pipeline)
    {
        var n = 0;
        foreach (var article in _articles) n += pipeline.Run(article).TokenCount;
        return n;
    }
}

/// <summary>Date resolution alone on TempEval-3 documents (tokenising included, as dates need tokens).</summary>
[MemoryDiagnoser]
public class DateBenchmarks
{
    private Article[] _articles = [];
    private Annals.Pipeline.Pipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(Corpus.SharedData(), "time/tempeval3-aquaint");
        _articles = Directory.GetFiles(dir, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(TempEvalDocument.Load)
            .Select(d => new Article
            {
                Id = d.Id, Text = d.Text, Format = ArticleFormat.Text,
                Published = d.Created is { } c ? new PublicationDate(c) : null,
            }).ToArray();
        _pipeline = new PipelineBuilder().UseTokenizer().UseTimes().Build();
    }

    /// <summary>All 73 documents per operation.</summary>
    [Benchmark]
    public int TempEvalCorpus()
    {
        var n = 0;
        foreach (var article in _articles) n += _pipeline.Run(article).Times.Count;
        return n;
    }
}

/// <summary>Store insert: the batches an ingest of 200 BBC articles hands its store, committed into a new SQLite file each time.</summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private const int Articles = 200;
    private IReadOnlyList<Annals.Store.StoreBatch> _batches = [];
    private DirectoryInfo _folder = null!;
    private Annals.Store.Sqlite.SqliteEventStore? _store;
    private long _run;
    private int _pass;

    [GlobalSetup]
    public void Setup()
    {
        var files = Corpus.BbcFiles(Corpus.Resolve(null, "corpora/bbc-news-2225")).Take(Articles).ToArray();
        _batches = RecordedBatches.Of(files, KnowledgeBase.LoadEmbedded(), new Annals.Store.IngestOptions().BatchSize);
        _folder = Directory.CreateTempSubdirectory("annals-bdn-store-");
    }

    // A store that already holds the articles would pass them over: every invocation writes into a new file.
    [IterationSetup]
    public void NewStore()
    {
        _store = Annals.Store.Sqlite.SqliteEventStore.Open(Path.Combine(_folder.FullName, $"pass{++_pass}.db"), NodaTime.SystemClock.Instance);
        _run = _store.StartRun(NodaTime.SystemClock.Instance.GetCurrentInstant(), ["bench"]);
    }

    [IterationCleanup]
    public void CloseStore() => _store?.Dispose();

    [GlobalCleanup]
    public void Cleanup() => _folder.Delete(recursive: true);

    /// <summary>Per article read (the few exact duplicates among them are stored as sightings), with its mentions and events.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    [InvocationCount(1)]
    public int Commit()
    {
        foreach (var batch in _batches) _store!.Commit(batch with { RunId = _run });
        return _batches.Count;
    }
}
