using System.Security.Cryptography;
using System.Text;
using Annals.Text;

namespace Annals.Tests.Text;

public class Utf8Sha256Test
{
    private static string Expected(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // Emoji (surrogate pairs) placed so that some straddle every internal chunk boundary.
    public static TheoryData<int> Lengths => [0, 1, 1023, 1024, 1025, 2047, 2048, 5000];

    private static string TextOf(int length)
    {
        var b = new StringBuilder();
        for (var i = 0; b.Length < length; i++) b.Append(i % 7 == 0 ? "😀" : i % 5 == 0 ? " é " : "word");
        return b.ToString(0, Math.Min(length, b.Length));
    }

    [Theory, MemberData(nameof(Lengths))]
    public void Hashes_a_span_as_the_UTF8_bytes_of_the_whole_text(int length)
    {
        var text = TextOf(length);
        using var hash = Utf8Sha256.Rent();
        hash.Append(text);
        Assert.Equal(Expected(text), Convert.ToHexStringLower(hash.Finish()));
    }

    [Theory, MemberData(nameof(Lengths))]
    public void Hashes_characters_and_pieces_alike(int length)
    {
        var text = TextOf(length);
        using var hash = Utf8Sha256.Rent();
        var half = text.Length / 2;
        foreach (var c in text[..half]) hash.Append(c);
        hash.Append(text.AsSpan(half, (text.Length - half) / 2));
        foreach (var c in text[(half + (text.Length - half) / 2)..]) hash.Append(c);
        Assert.Equal(Expected(text), Convert.ToHexStringLower(hash.Finish()));
    }

    [Fact]
    public void A_hasher_given_back_unfinished_starts_empty_for_its_next_user()
    {
        using (var first = Utf8Sha256.Rent()) first.Append("left behind");
        using var second = Utf8Sha256.Rent();
        second.Append("abc");
        Assert.Equal(Expected("abc"), Convert.ToHexStringLower(second.Finish()));
    }
}
