namespace Annals.Diagnostics;

/// <summary>An error with a stable code (see <see cref="ErrorCodes"/>) that a user or script can look up.</summary>
public sealed class AnnalsException(string code, string message, Exception? inner = null)
    : Exception($"{code}: {message}", inner)
{
    /// <summary>The stable error code, e.g. <c>E101</c>.</summary>
    public string Code { get; } = code;

    /// <summary>The message without its code.</summary>
    public string Detail { get; } = message;
}
