using Annals.Reading;

namespace Annals.Cli.Inputs;

/// <summary>Streams one command-line input, from a file or from standard input.</summary>
internal static class InputReader
{
    /// <summary>The name standard input is reported under.</summary>
    public const string StandardInputName = "<stdin>";

    public static IEnumerable<ReadItem> Read(ArticleReaders readers, string input, CliConsole console)
    {
        if (input != InputExpander.StandardInput) return readers.ReadFile(input);
        return FromStandardInput(readers, console);
    }

    private static IEnumerable<ReadItem> FromStandardInput(ArticleReaders readers, CliConsole console)
    {
        using var stdin = console.OpenStandardInput();
        foreach (var item in readers.Read(StandardInputName, stdin)) yield return item;
    }
}
