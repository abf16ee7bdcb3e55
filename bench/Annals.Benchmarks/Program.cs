using Annals.Benchmarks;
using BenchmarkDotNet.Running;

// One executable for both kinds of measurement: named commands for the end-to-end and side-by-side
// figures (their output is parsed by bench/compare.sh), BenchmarkDotNet for everything else.
return args.Length > 0 ? args[0] switch
{
    "e2e" => E2eCommand.Run(args[1..]),
    "coder" => CoderCommand.Run(args[1..]),
    "ingest" => IngestCommand.Run(args[1..]),
    "store" => StoreCommand.Run(args[1..]),
    "nlp" => NlpCommand.Run(args[1..]),
    "read" => ReadCommand.Run(args[1..]),
    "extract" => ExtractCommand.Run(args[1..]),
    "dates" => DatesCommand.Run(args[1..]),
    "prepare" => PrepareCommand.Run(args[1..]),
    "kb-load" => E2eCommand.KbLoad(args[1..]),
    "micro" => Micro(args[1..]),
    _ => Micro(args),
} : Micro(args);

static int Micro(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(E2eCommand).Assembly).Run(args);
    return 0;
}
