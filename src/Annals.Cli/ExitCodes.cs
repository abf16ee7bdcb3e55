namespace Annals.Cli;

/// <summary>The process exit codes every command keeps to.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read.</summary>
    public const int Ok = 0;
    /// <summary>At least one input could not be read at all; the others were still processed.</summary>
    public const int InputFailed = 1;
    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
