namespace Annals.Events.Patterns;

/// <summary>The lexicon's forms in an open-addressed table, looked up with a hash of a few characters.</summary>
/// <remarks>
/// Every word of running text the sieve lets through is looked up, and most of those are short function words
/// ("to", "of", "in") that are forms: a hash of the length and four characters places them, where a general
/// dictionary hashes the whole word first. Immutable and thread-safe.
/// </remarks>
internal sealed class FormTable
{
    private readonly string?[] _keys;
    private readonly (int Lemma, VerbForms Kind)[][] _entries;
    private readonly int _mask;

    public FormTable(IReadOnlyCollection<(string Form, (int Lemma, VerbForms Kind)[] Entries)> forms)
    {
        var size = 16;
        // At most a quarter full, so that a word that is no form usually meets an empty slot at once.
        while (size < forms.Count * 4) size <<= 1;
        _keys = new string?[size];
        _entries = new (int, VerbForms)[size][];
        _mask = size - 1;
        foreach (var (form, entries) in forms)
        {
            var slot = Hash(form) & _mask;
            while (_keys[slot] is not null) slot = (slot + 1) & _mask;
            _keys[slot] = form;
            _entries[slot] = entries;
        }
    }

    /// <summary>The entries of <paramref name="word"/>; empty when it is no form.</summary>
    public (int Lemma, VerbForms Kind)[] Find(string word)
    {
        for (var slot = Hash(word) & _mask; _keys[slot] is { } key; slot = (slot + 1) & _mask)
            if (string.Equals(key, word, StringComparison.Ordinal)) return _entries[slot];
        return [];
    }

    private static int Hash(string word)
    {
        if (word.Length == 0) return 0;
        var h = (uint)word.Length * 0x9E3779B1u
              ^ word[0] * 0x85EBCA77u
              ^ (word.Length > 1 ? word[1] : 0u) * 0xC2B2AE3Du
              ^ word[word.Length >> 1] * 0x165667B1u
              ^ word[^1] * 0x27D4EB2Fu;
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 13;
        return (int)h;
    }
}
