using Annals.Cli;

namespace Annals.Tests.Cli;

/// <summary>Runs the <c>annals</c> command line in-process, or as a child process of the built CLI.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, new CliConsole(stdout, stderr, () => new MemoryStream()));
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The built CLI assembly: beside the tests when its runtime config was copied, else in its own bin folder.</summary>
    public static string CliDll()
    {
        var here = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(here, "Annals.Cli.runtimeconfig.json"))) return Path.Combine(here, "Annals.Cli.dll");
        var configuration = here.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(Support.SharedData.RepositoryRoot(), "src", "Annals.Cli", "bin", configuration, "net10.0", "Annals.Cli.dll");
    }
}
