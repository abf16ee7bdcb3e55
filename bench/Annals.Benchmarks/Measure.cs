using System.Diagnostics;
using System.Globalization;
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

    /// <summary>Untimed passes before the timed ones, until <paramref name="seconds"/> have gone by (at least one pass).</summary>
    /// <remarks>
    /// .NET compiles hot methods a second time, optimised, only after ~30 calls and a 100 ms delay; a 50 ms pass over
    /// TempEval would otherwise be timed in unoptimised code. Steady state is what a long ingest runs in; the first,
    /// cold pass is printed apart.
    /// </remarks>
    public static double WarmUp(Action pass, double seconds = 5, int minPasses = 2)
    {
        var sw = Stopwatch.StartNew();
        pass();
        var first = sw.Elapsed.TotalSeconds;
        for (var n = 1; n < minPasses || sw.Elapsed.TotalSeconds < seconds; n++) pass();
        return first;
    }
}
