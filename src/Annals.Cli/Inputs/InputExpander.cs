namespace Annals.Cli.Inputs;

/// <summary>Turns the inputs named on the command line into files: plain files, '-' for standard input, folders and globs.</summary>
internal static class InputExpander
{
    /// <summary>Name used for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>Expands folders (recursively, in name order) and globs (* and ? in the file name); keeps other names as given so that a missing file is reported.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input == StandardInput)
            {
                yield return input;
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (!Path.GetFileName(file).StartsWith('.')) yield return file;
                }
            }
            else if (input.IndexOfAny(['*', '?']) >= 0)
            {
                var folder = Path.GetDirectoryName(input) is { Length: > 0 } d ? d : ".";
                var pattern = Path.GetFileName(input);
                var matches = Directory.Exists(folder)
                    ? Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal).ToList()
                    : [];
                if (matches.Count == 0) yield return input;
                foreach (var m in matches) yield return m;
            }
            else
            {
                yield return input;
            }
        }
    }
}
