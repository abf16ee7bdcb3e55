namespace Annals.Cli;

/// <summary>The streams a command reads and writes; tests hand in their own.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardInput)
{
    /// <summary>The process's own console.</summary>
    public static CliConsole System()
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliConsole(stdout, stderr, Console.OpenStandardInput);
    }
}
