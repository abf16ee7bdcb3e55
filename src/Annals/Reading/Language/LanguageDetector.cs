using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Annals.Reading.Language;

/// <summary>Tells an article's language (ISO 639-1) from its text: the writing system first, then the function words of Latin- and Cyrillic-script languages.</summary>
/// <remarks>
/// <para>News articles are long enough that the most frequent short words decide reliably: "the, of, and"
/// against "der, die, und" or "le, la, et". This keeps memory and start-up near zero where an n-gram
/// model library (Lingua ships 72 MB of models) would be heavier than the rest of the tool together.
/// The word lists are the commonest function words of each language, written for this project.</para>
/// <para>Returns null when the text is too short or no language clearly leads. Thread-safe.</para>
/// </remarks>
public static class LanguageDetector
{
    private const int MaxChars = 20000;

    private static readonly (string Code, string Words)[] Profiles =
    [
        ("en", "the of and to in is that for it was on with he as are by this be at from his an have has but not they which were had their said been will who would"),
        ("fr", "le la les de des et est un une du en que qui dans pour pas sur au avec ce il elle sont par plus ont été mais aux cette"),
        ("de", "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden aus er hat dass sie nach wird bei"),
        ("es", "el la los las de y en que del se un una por con para es no al lo como más pero sus su fue ha han este esta"),
        ("it", "il lo la gli le di e che è un una per non del della in con si da al sono dei nel anche come più ma alla"),
        ("pt", "o a os as de e do da que em um uma para com não no na por se dos das ao mais foi são como pelo pela"),
        ("nl", "de het een en van is dat in op te zijn niet met voor die er aan om ook als bij door maar naar dan heeft werd"),
        ("sv", "och att det som en på är av för med till den har de inte om ett var men från vid sig kan ska eller"),
        ("da", "og i at det er en til på som med af for den har de ikke et var der om fra men kan vil blev"),
        ("no", "og i det er som en til på av for med at har ikke den de om et var fra men kan vil ble skal"),
        ("fi", "ja on ei se että oli hän kun mutta myös tai ovat joka sen niin kanssa mukaan vuonna jo nyt"),
        ("pl", "i w na z że do się nie jest to o jak po przez dla od ale za jego tym są oraz było który"),
        ("cs", "a v se na je že to s z do o jako by ale pro jsou jeho k po které byl už také"),
        ("ro", "și în de la a cu că pe nu este o un din pentru care mai fost sunt se au al ale"),
        ("tr", "ve bir bu da de için ile olan olarak daha çok gibi en ne ama sonra kadar değil var"),
        ("hu", "a az és hogy nem is egy meg van de ezt már csak volt mint kell vagy még"),
        ("id", "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke ada karena oleh sudah"),
        ("ru", "и в не на что с по он как это из за к но его от у же о было для она так все"),
        ("uk", "і в не на що з по він як це до за к але його від у та є було для вона також"),
        ("bg", "и в на за да се е от с че не по как са това той тя но което като при"),
        ("sr", "и у је да на се за са не од су то као из али који би што"),
    ];

    private static readonly Dictionary<string, List<int>> WordIndex = BuildIndex();

    // Function words are short: a longer word is counted, not looked up.
    private static readonly int LongestWord = WordIndex.Keys.Max(w => w.Length);

    // The ASCII function words, each packed into an integer a byte a letter, with the languages that list it as bits
    // of an int (room for 31 profiles).
    private static readonly PackedWords AsciiWords = BuildAsciiWords();

    // Function words are short; 200 words decide a language as well as a whole article does, and the
    // proportions of writing systems are clear after 2,000 letters.
    private const int MaxWordLength = 24;
    private const int MaxWords = 200;
    private const int MaxLetters = 2000;

    /// <summary>The language of <paramref name="title"/> and <paramref name="text"/>, or null when unsure.</summary>
    public static string? Detect(string? title, string text)
    {
        if (ByScript(title, text, out var script)) return script;
        var tally = new WordTally();
        if (title is not null) tally.Add(title);
        tally.Add(text);
        return tally.Decide();
    }

    // The ASCII letters of an all-ASCII span, counted until there are at least `enough`.
    private static int CountAsciiLetters(ReadOnlySpan<char> ascii, int enough)
    {
        var count = 0;
        var i = 0;
        var chars = MemoryMarshal.Cast<char, ushort>(ascii);
        var caseBit = Vector128.Create((ushort)0x20);
        var a = Vector128.Create((ushort)'a');
        var alphabet = Vector128.Create((ushort)('z' - 'a'));
        for (; i + Vector128<ushort>.Count <= chars.Length && count < enough; i += Vector128<ushort>.Count)
        {
            // An ASCII character with the case bit set is a letter when it falls in a..z.
            var letters = Vector128.LessThanOrEqual((Vector128.Create(chars.Slice(i, Vector128<ushort>.Count)) | caseBit) - a, alphabet);
            count += BitOperations.PopCount(letters.ExtractMostSignificantBits());
        }
        for (; i < chars.Length && count < enough; i++)
            if (char.IsAsciiLetter(ascii[i])) count++;
        return count;
    }

    private static bool ByScript(string? title, string text, out string? code)
    {
        code = null;
        int letters = 0, latin = 0, cyrillic = 0, greek = 0, arabic = 0, hebrew = 0, han = 0, kana = 0, hangul = 0, thai = 0, devanagari = 0, persianMarks = 0;
        foreach (var part in (ReadOnlySpan<string?>)[title, text])
        {
            // Once the letters are all counted, later parts add nothing.
            if (part is null || letters > MaxLetters) continue;
            var chars = part.AsSpan(0, Math.Min(part.Length, MaxChars));
            var i = 0;
            while (i < chars.Length)
            {
                // Most news is written in ASCII, whose letters are all Latin: a run of ASCII is counted eight characters
                // at a time up to whichever limit its letters would reach first, not classed letter by letter.
                if (chars[i] <= '\u007F')
                {
                    var run = chars[i..].IndexOfAnyExceptInRange('\0', '\u007F');
                    var asciiEnd = run < 0 ? chars.Length : i + run;
                    var toLatinLimit = MaxLetters / 2 + 1 - latin;
                    var toLetterLimit = MaxLetters + 1 - letters;
                    var ascii = CountAsciiLetters(chars[i..asciiEnd], Math.Min(toLatinLimit, toLetterLimit));
                    if (ascii >= toLatinLimit && toLatinLimit < toLetterLimit) return false;
                    if (ascii >= toLetterLimit)
                    {
                        // The last letter counted overflows the count, as below, and is not classed.
                        letters += toLetterLimit;
                        latin += toLetterLimit - 1;
                        break;
                    }
                    letters += ascii;
                    latin += ascii;
                    i = asciiEnd;
                    continue;
                }
                var c = chars[i++];
                if (!char.IsLetter(c)) continue;
                if (++letters > MaxLetters) break;
                switch (c)
                {
                    // Past half the letters ever counted, Latin or Cyrillic is settled: the words decide the rest.
                    case <= '\u024F':
                        if (++latin > MaxLetters / 2) return false;
                        break;
                    case >= '\u0370' and <= '\u03FF': greek++; break;
                    case >= '\u0400' and <= '\u04FF':
                        if (++cyrillic > MaxLetters / 2) return false;
                        break;
                    case >= '\u0590' and <= '\u05FF': hebrew++; break;
                    case >= '\u0600' and <= '\u06FF':
                        arabic++;
                        if (c is '\u067E' or '\u0686' or '\u0698' or '\u06AF' or '\u06CC') persianMarks++;
                        break;
                    case >= '\u0900' and <= '\u097F': devanagari++; break;
                    case >= '\u0E00' and <= '\u0E7F': thai++; break;
                    case >= '\u3040' and <= '\u30FF': kana++; break;
                    case >= '\u4E00' and <= '\u9FFF': han++; break;
                    case >= '\uAC00' and <= '\uD7AF': hangul++; break;
                }
            }
        }
        letters = Math.Min(letters, MaxLetters);
        if (letters < 20) return true; // too little text to say anything; code stays null
        if (latin > letters / 2 || cyrillic > letters / 2) return false;
        if (kana > letters / 20) code = "ja";
        else if (hangul > letters / 3) code = "ko";
        else if (han > letters / 3) code = "zh";
        else if (arabic > letters / 2) code = persianMarks > arabic / 50 ? "fa" : "ar";
        else if (greek > letters / 2) code = "el";
        else if (hebrew > letters / 2) code = "he";
        else if (thai > letters / 2) code = "th";
        else if (devanagari > letters / 2) code = "hi";
        return true;
    }

    /// <summary>Counts the function words of each language over the running text, up to <see cref="MaxWords"/> words.</summary>
    private struct WordTally
    {
        private readonly int[] _scores = new int[Profiles.Length];
        private int _words;
        private bool _settled;

        public WordTally() { }

        public void Add(string text)
        {
            var lookup = WordIndex.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> lower = stackalloc char[MaxWordLength];
            var i = 0;
            while (i < text.Length && _words < MaxWords && !_settled)
            {
                if (!IsLetter(text[i]))
                {
                    i++;
                    continue;
                }
                // An ASCII word is lower-cased into an integer as it is scanned and looked up by it; any other word is
                // lower-cased into one buffer and looked up as a span: no string per word either way.
                var start = i;
                ulong packed = 0;
                var ascii = true;
                do
                {
                    var c = text[i];
                    if (c < 0x80) packed = packed << 8 | (uint)(c | 0x20);
                    else ascii = false;
                    i++;
                }
                while (i < text.Length && IsLetter(text[i]));
                _words++;
                var length = i - start;
                // Function words are short: a longer word is counted, not looked up.
                if (length <= LongestWord && length <= MaxWordLength)
                {
                    if (ascii && length <= PackedLength)
                    {
                        Count(AsciiWords.Languages(packed));
                    }
                    else
                    {
                        for (var k = 0; k < length; k++) lower[k] = char.ToLowerInvariant(text[start + k]);
                        if (lookup.TryGetValue(lower[..length], out var langs))
                            foreach (var l in langs) _scores[l]++;
                    }
                }
                if ((_words & 15) == 0) _settled = Settled();
            }
        }

        private readonly void Count(int languages)
        {
            for (; languages != 0; languages &= languages - 1) _scores[BitOperations.TrailingZeroCount(languages)]++;
        }

        // Whether the leader wins whatever the words still to be counted say, so that counting them would not change
        // Decide's answer: it has passed the most Decide can ask of it (a twelfth of MaxWords), and stays 15 % ahead of
        // every other language even if each word left were one of that language's. Checked every sixteen words.
        private readonly bool Settled()
        {
            var best = 0;
            for (var l = 1; l < _scores.Length; l++)
                if (_scores[l] > _scores[best]) best = l;
            var top = _scores[best];
            if (top < Math.Max(3, MaxWords / 12)) return false;
            var left = MaxWords - _words;
            for (var l = 0; l < _scores.Length; l++)
                if (l != best && top < (_scores[l] + left) * 1.15) return false;
            return true;
        }

        public readonly string? Decide()
        {
            if (_words < 8) return null;
            int best = -1, second = -1;
            for (var i = 0; i < _scores.Length; i++)
            {
                if (best < 0 || _scores[i] > _scores[best]) { second = best; best = i; }
                else if (second < 0 || _scores[i] > _scores[second]) second = i;
            }
            var top = _scores[best];
            var runnerUp = second >= 0 ? _scores[second] : 0;
            // Function words make up a third or more of running text in every listed language.
            if (top < Math.Max(3, _words / 12) || top < runnerUp * 1.15) return null;
            return Profiles[best].Code;
        }
    }

    // char.IsLetter, with ASCII settled without the Unicode tables.
    private static bool IsLetter(char c) => c < 0x80 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    // Eight ASCII letters fit one 64-bit integer, a byte each.
    private const int PackedLength = 8;

    private static PackedWords BuildAsciiWords()
    {
        var words = new PackedWords();
        foreach (var (word, languages) in WordIndex)
        {
            if (word.Length > PackedLength || !Ascii.IsValid(word)) continue;
            ulong packed = 0;
            foreach (var c in word) packed = packed << 8 | c;
            foreach (var l in languages) words.Add(packed, l);
        }
        return words;
    }

    /// <summary>Packed ASCII words and the languages (as bits) that list each: an open-addressed table of a few hundred
    /// words, reached with one multiplication where a dictionary would divide and follow a chain.</summary>
    private sealed class PackedWords
    {
        private const int Bits = 10;
        private const int Mask = (1 << Bits) - 1;
        // No word packs to 0, which marks an empty slot.
        private readonly ulong[] _keys = new ulong[1 << Bits];
        private readonly int[] _languages = new int[1 << Bits];

        public void Add(ulong word, int language)
        {
            var slot = Slot(word);
            _keys[slot] = word;
            _languages[slot] |= 1 << language;
        }

        /// <summary>The languages listing <paramref name="word"/> as bits, 0 for none.</summary>
        public int Languages(ulong word)
        {
            var slot = Slot(word);
            return _keys[slot] == word ? _languages[slot] : 0;
        }

        private int Slot(ulong word)
        {
            var slot = (int)((word * 0x9E3779B97F4A7C15UL) >> (64 - Bits));
            while (_keys[slot] != 0 && _keys[slot] != word) slot = (slot + 1) & Mask;
            return slot;
        }
    }

    private static Dictionary<string, List<int>> BuildIndex()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Profiles.Length; i++)
        {
            foreach (var w in Profiles[i].Words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!index.TryGetValue(w, out var list)) index[w] = list = [];
                if (!list.Contains(i)) list.Add(i);
            }
        }
        return index;
    }
}
