using System.Text;

namespace Annals.Knowledge;

/// <summary>Normalises names for lookup: case, diacritics, dots, a leading "the" and spacing do not matter.</summary>
internal static class NameKey
{
    internal static string Of(string text)
    {
        // A table, not Unicode normalisation: that is unavailable under invariant globalization.
        var decomposed = Text.DiacriticFolding.Fold(text);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (c == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '-' || c == '\u2019' || c == '\'')
            {
                // Hyphens and apostrophes vary between spellings (Lvova-Belova, Côte d'Ivoire).
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        var key = sb.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
