using NodaTime;

namespace Annals.Knowledge;

/// <summary>One row of <c>rome_statute.tsv</c>, before a date is applied.</summary>
internal sealed record RomeStatuteRow(
    string Iso3,
    LocalDate? Signed,
    LocalDate? Ratified,
    LocalDate? InForce,
    LocalDate? WithdrawalNotified,
    LocalDate? WithdrawalEffective,
    LocalDate? SignatureWithdrawn,
    string Confidence,
    string Source);
