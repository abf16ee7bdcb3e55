namespace Annals.Reading;

/// <summary>Why an input, or a record in it, could not be read.</summary>
/// <param name="Input">The input's name as the user gave it.</param>
/// <param name="Code">A stable code from <see cref="Diagnostics.ErrorCodes"/>.</param>
/// <param name="Message">What is wrong, in one line.</param>
/// <param name="ByteOffset">Where in the input, when known.</param>
/// <param name="Line">The 1-based line, when known.</param>
public sealed record ReadError(string Input, string Code, string Message, long? ByteOffset = null, int? Line = null)
{
    /// <summary>One line for a terminal: <c>input:line: E004 message</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } l ? $"{Input}:{l}" : ByteOffset is { } b ? $"{Input} (byte {b})" : Input;
        return $"{where}: {Code} {Message}";
    }
}
