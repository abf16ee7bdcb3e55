namespace Annals.Answers.Claims;

/// <summary>A quick "certainly not one of them" test for a handful of lower-case words: which lengths each first letter opens.</summary>
/// <remarks>
/// One 32-bit mask of lengths per letter a to z. Words that start with anything else or run over 31 characters are
/// turned down, so every word of the set must be lower-case ASCII-initial and shorter. Immutable and thread-safe.
/// </remarks>
internal sealed class TriggerLengths
{
    private readonly uint[] _lengthsByLetter = new uint[26];

    public TriggerLengths(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length is 0 or > 31 || word[0] is < 'a' or > 'z')
                throw new ArgumentException($"\"{word}\" is not a short word starting with a lower-case letter", nameof(words));
            _lengthsByLetter[word[0] - 'a'] |= 1u << word.Length;
        }
    }

    /// <summary>False when <paramref name="word"/> is certainly not one of the words.</summary>
    public bool MayContain(string word)
    {
        if (word.Length is 0 or > 31) return false;
        var letter = (uint)(word[0] - 'a');
        return letter < 26 && (_lengthsByLetter[letter] & (1u << word.Length)) != 0;
    }
}
