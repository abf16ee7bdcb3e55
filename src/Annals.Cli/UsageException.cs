namespace Annals.Cli;

/// <summary>A command line that parsed but makes no sense (a bad date, no input): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
