namespace Annals.Knowledge;

/// <summary>Argument checks for the knowledge base's public surface.</summary>
internal static class Preconditions
{
    internal static void CheckNotNullOrEmpty(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.Length == 0)
        {
            throw new ArgumentException("Value must not be empty.", paramName);
        }
    }
}
