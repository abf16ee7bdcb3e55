using Annals.Reading;

namespace Annals.Cli.Inputs;

/// <summary>Reads one command-line input, from a file or from standard input.</summary>
internal static class InputReader
{
    public static ReadResult Read(ArticleReaders readers, string input, CliConsole console)
    {
        if (input != InputExpander.StandardInput) return readers.ReadFile(input);
        using var stdin = console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return readers.Read("<stdin>", buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
