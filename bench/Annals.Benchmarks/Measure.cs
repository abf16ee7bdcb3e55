using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;

namespace Annals.Benchmarks;

/// <summary>Medians, peak memory and load average, and the one-line JSON result that compare.sh reads.</summary>
internal static class Measure
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Peak resident set (VmHWM) in MB: the same figure the Node and Python sides report (maxRSS).</summary>
    public static double PeakRssMb()
    {
        Process.GetCurrentProcess().Refresh();
        return Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>The 1-minute load average: the machine is shared, so every figure carries it.</summary>
    public static double LoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    public static void Emit(Dictionary<string, object?> result)
    {
        result["load_avg"] = LoadAverage();
        result["peak_rss_mb"] = Math.Round(PeakRssMb(), 1);
        Console.WriteLine("RESULT " + JsonSerializer.Serialize(result));
    }

    public static string F(double value, int digits = 1) => value.ToString("F" + digits, CultureInfo.InvariantCulture);

    /// <summary>This process's CPU time (all threads: the GC's and the JIT's count too) in seconds.</summary>
    /// <remarks>On a shared machine wall time depends on the others' load; CPU time much less so: items per CPU-second is the per-core rate.</remarks>
    public static double Cpu() => Environment.CpuUsage.TotalTime.TotalSeconds;

    /// <summary>Untimed passes before the timed ones: at least <paramref name="minPasses"/> and <paramref name="seconds"/>, then
    /// on until two passes in a row leave the JIT compiler nearly idle (or <see cref="MostWarmUpPasses"/> have run).</summary>
    /// <returns>The first pass's seconds.</returns>
    /// <remarks>
    /// .NET compiles a hot method a second time, optimised, only after ~30 calls and a 100 ms delay, and then a third
    /// time with what the instrumented code saw; code only some articles reach is compiled passes later. Compiling runs
    /// on a thread of its own whose CPU time counts in the process's: in an ingest of BBC it was still 0.4 s in the
    /// second pass and 40–70 ms in the fourth to sixth. That is start-up, which every tool compared is timed without;
    /// steady state is what a long ingest runs in. One quiet pass is not enough: on a busy machine the compiler's
    /// queue from one pass is worked off in the next. The first, cold pass is printed apart.
    /// </remarks>
    public static double WarmUp(Action pass, double seconds = 5, int minPasses = 2)
    {
        var sw = Stopwatch.StartNew();
        var first = 0.0;
        var quietInARow = 0;
        for (var n = 1; n <= MostWarmUpPasses; n++)
        {
            var compiled = JitInfo.GetCompilationTime();
            var started = sw.Elapsed;
            pass();
            var took = sw.Elapsed - started;
            if (n == 1) first = took.TotalSeconds;
            quietInARow = JitInfo.GetCompilationTime() - compiled < took * QuietJitShare ? quietInARow + 1 : 0;
            if (n >= minPasses && sw.Elapsed.TotalSeconds >= seconds && quietInARow >= 2) break;
        }
        return first;
    }

    /// <summary>Most untimed passes <see cref="WarmUp"/> runs, quiet compiler or not.</summary>
    public const int MostWarmUpPasses = 20;

    // A pass is warm when compiling took under 1 % of its time.
    private const double QuietJitShare = 0.01;

    /// <summary>Collects all garbage before a pass (untimed), as BenchmarkDotNet does between iterations.</summary>
    /// <remarks>
    /// Each pass is a job of its own (an ingest into a new store). Without this, what one pass promoted to the oldest
    /// generation and left there dead would still be held in the next: after ten passes of ingest the process held
    /// some 35 MB more than after two, which a single run of `annals ingest` never holds.
    /// </remarks>
    public static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>Time the JIT compiler has spent so far, on all threads, in milliseconds: printed beside timed passes so that compiling in them shows.</summary>
    public static double JitMs() => JitInfo.GetCompilationTime().TotalMilliseconds;
}
