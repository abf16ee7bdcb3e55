namespace Annals.Tests.Reading.Evaluation;

/// <summary>Finds ../shared/data from the test binary: walks up to the folder holding Annals.slnx, then ../shared.</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Annals.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
        }
        return null;
    });

    /// <summary>The path of <paramref name="relative"/> under ../shared/data, or null when it is missing outside CI (the test then returns early); in CI a missing file fails.</summary>
    public static string? Path_(string relative)
    {
        var path = Root.Value is { } r ? Path.Combine(r, relative) : null;
        if (path is not null && (File.Exists(path) || Directory.Exists(path))) return path;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail($"../shared/data/{relative} is missing; CI must have ../shared");
        return null;
    }

    /// <summary>Every n-th element, to keep the suite fast; ANNALS_EVAL_FULL=1 takes them all.</summary>
    public static IEnumerable<T> Sample<T>(IEnumerable<T> items, int every) =>
        Environment.GetEnvironmentVariable("ANNALS_EVAL_FULL") == "1" ? items : items.Where((_, i) => i % every == 0);
}
