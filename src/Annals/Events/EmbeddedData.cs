using System.Reflection;
using Annals.Diagnostics;

namespace Annals.Events;

/// <summary>Reads the data files embedded in the library as <c>Annals.Data.&lt;path&gt;</c>.</summary>
internal static class EmbeddedData
{
    private const string Prefix = "Annals.Data.";

    public static Assembly Assembly => typeof(EmbeddedData).Assembly;

    public static string ReadText(string path)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + path)
            ?? throw new AnnalsException(ErrorCodes.DataMalformed, $"embedded data file '{path}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Paths (below <c>data/</c>) of the embedded files under a folder, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string folder) =>
        [.. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folder, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)];
}
