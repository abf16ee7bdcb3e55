namespace Annals.Tests.Support;

/// <summary>
/// Finds the shared gold sets and corpora at <c>../shared/data</c> beside the repository, where
/// tests read them in place (they are never copied into the repository).
/// </summary>
/// <remarks>
/// A missing file fails the test when the environment variable CI is "true", so CI never passes by
/// reading nothing; on a developer's machine without the folder the test returns early instead.
/// </remarks>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The absolute path of <paramref name="relative"/> under ../shared/data.</summary>
    public static string PathOf(string relative) => Path.Combine(Root.Value, relative);

    /// <summary>
    /// Gives the path of a shared file or folder when it exists; when it does not, fails under CI and
    /// otherwise returns false so the caller can return early.
    /// </summary>
    public static bool TryGet(string relative, out string path)
    {
        path = PathOf(relative);
        if (File.Exists(path) || Directory.Exists(path)) return true;
        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            $"shared data missing: {path}");
        return false;
    }

    /// <summary>
    /// Every <paramref name="every"/>-th item in the default test run, to keep it fast; all of them when
    /// ANNALS_EVAL_FULL=1, for the full-set evaluation that docs/QUALITY.md reports.
    /// </summary>
    public static IEnumerable<T> Sample<T>(IEnumerable<T> items, int every) =>
        Environment.GetEnvironmentVariable("ANNALS_EVAL_FULL") == "1" ? items : items.Where((_, i) => i % every == 0);

    /// <summary>The repository root: the folder holding Annals.slnx.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Annals.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException($"no Annals.slnx above {AppContext.BaseDirectory}");
    }

    private static string FindRoot() => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data"));
}
