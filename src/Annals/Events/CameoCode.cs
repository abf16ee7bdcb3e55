namespace Annals.Events;

/// <summary>One entry of the CAMEO codebook: a code, its label, root, quad class, Goldstein score and PLOVER mapping.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Code">CAMEO event code, two to four digits ("04", "042", "1123").</param>
/// <param name="Label">The codebook's label.</param>
/// <param name="Root">Two-digit root ("04").</param>
/// <param name="QuadClass">GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="Goldstein">Goldstein score, −10 to +10.</param>
/// <param name="Source">Where label and score come from.</param>
public sealed record CameoCode(string Code, string Label, string Root, int QuadClass, double Goldstein, string Source)
{
    /// <summary>PLOVER event type (2021 draft), e.g. <c>CONSULT</c>; null for roots PLOVER leaves out (01, 02).</summary>
    public string? Plover { get; init; }

    /// <summary>PLOVER mode, e.g. <c>visit</c>, when the table gives one.</summary>
    public string? PloverMode { get; init; }
}
