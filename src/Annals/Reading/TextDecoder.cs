using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Annals.Diagnostics;

namespace Annals.Reading;

/// <summary>Turns an input's bytes into text, or says precisely why it cannot.</summary>
/// <remarks>
/// Honours a byte-order mark (UTF-8, UTF-16 LE/BE); otherwise requires valid UTF-8 and reports the
/// byte offset and line of the first invalid sequence. Binary input (NUL bytes, or mostly control
/// characters, in the first 8 KB) is refused rather than decoded into noise.
/// </remarks>
public static class TextDecoder
{
    private const int SniffLength = 8192;

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns the error naming <paramref name="input"/>.</summary>
    public static (string? Text, ReadError? Error) Decode(string input, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return (null, new ReadError(input, ErrorCodes.InputEmpty, "the input is empty"));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (Encoding.Unicode.GetString(bytes[2..]), null);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), null);

        if (LooksBinary(bytes, out var binaryAt))
            return (null, new ReadError(input, ErrorCodes.InputBinary,
                $"the input looks binary, not text (control byte 0x{bytes[(int)binaryAt]:X2} at byte {binaryAt})", binaryAt));

        // Valid input, nearly all of it, is decoded straight into its string; only invalid input pays for finding where.
        if (!Utf8.IsValid(bytes))
        {
            var read = FirstInvalidByte(bytes);
            var line = 1 + bytes[..read].Count((byte)'\n');
            return (null, new ReadError(input, ErrorCodes.InputEncoding,
                $"invalid UTF-8 at byte {read} (line {line}); convert the file to UTF-8", read, line));
        }
        var text = Encoding.UTF8.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text))
            return (null, new ReadError(input, ErrorCodes.InputEmpty, "the input holds only whitespace"));
        return (text, null);
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            return read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes, out long offset)
    {
        var sniff = bytes[..Math.Min(bytes.Length, SniffLength)];
        var nul = sniff.IndexOf((byte)0);
        if (nul >= 0)
        {
            offset = nul;
            return true;
        }
        // Text has no control bytes but its line breaks and tabs: one vectorised search clears it, and only input that
        // has some is counted byte by byte.
        var firstControl = sniff.IndexOfAny(ControlBytes);
        offset = firstControl;
        if (firstControl < 0) return false;
        var control = 0;
        foreach (var b in sniff[firstControl..])
            if (ControlBytes.Contains(b)) control++;
        return control > sniff.Length / 20 + 1;
    }

    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b).Where(b => b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))]);
}
