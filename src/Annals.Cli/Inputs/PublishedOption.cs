using Annals.Reading;

namespace Annals.Cli.Inputs;

/// <summary>Reads the <c>--published</c> option.</summary>
internal static class PublishedOption
{
    public static PublicationDate? Parse(string? value)
    {
        if (value is null) return null;
        var parsed = HeaderDateParser.Parse(value);
        return parsed.Success
            ? parsed.Value
            : throw new UsageException($"--published: {Diagnostics.ErrorCodes.BadDate} '{value}' is not a date such as 2023-10-12");
    }

    /// <summary>The reading options of a command that takes <c>--published</c>.</summary>
    public static ReadingOptions Options(string? value) => new() { PlainText = new PlainTextOptions { Published = Parse(value) } };
}
