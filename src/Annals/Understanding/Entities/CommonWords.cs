using System.Reflection;

namespace Annals.Understanding.Entities;

/// <summary>English words that are also place names somewhere (data/places/common-words.txt).</summary>
internal static class CommonWords
{
    public static IReadOnlySet<string> LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Annals.Data.places/common-words.txt")
            ?? throw new Diagnostics.AnnalsException(Diagnostics.ErrorCodes.DataMalformed, "embedded data places/common-words.txt is missing");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && word[0] != '#') words.Add(word);
        }
        return words;
    }
}
