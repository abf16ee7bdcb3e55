namespace Annals.Tests.Reading.Evaluation;

/// <summary>Floors just below the figures reached, so that a regression fails the build.</summary>
internal static class Floors
{
    public const double Aeb = 0.955;
    public const double Wcxb = 0.90;
    public const double Dates = 0.89;
    public const double Titles = 0.65;
    public const double FeedFields = 0.97;
}
