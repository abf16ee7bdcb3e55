using NodaTime;

namespace Annals.Knowledge;

/// <summary>A state's Rome Statute standing on <see cref="On"/>, with all dates the knowledge base holds.</summary>
/// <remarks>The date fields show the whole record, including events after <see cref="On"/> (a pending withdrawal, say).</remarks>
public sealed record RomeStatuteStatus
{
    /// <summary>The state (ISO alpha-3).</summary>
    public required string Iso3 { get; init; }

    /// <summary>The day the status is for.</summary>
    public required LocalDate On { get; init; }

    /// <summary>The standing on <see cref="On"/>.</summary>
    public required RomeStatuteState Status { get; init; }

    /// <summary>True when a State Party on <see cref="On"/> (bound to arrest ICC suspects).</summary>
    public bool IsParty => Status == RomeStatuteState.Party;

    /// <summary>True when the signature had been withdrawn (the "no intention to become a party" notice) by <see cref="On"/>.</summary>
    public bool IsSignatureWithdrawn => SignatureWithdrawn is { } d && d <= On;

    /// <summary>Signature.</summary>
    public LocalDate? Signed { get; init; }

    /// <summary>Deposit of ratification, accession or succession.</summary>
    public LocalDate? Ratified { get; init; }

    /// <summary>Entry into force for the state.</summary>
    public LocalDate? InForce { get; init; }

    /// <summary>Notification of withdrawal.</summary>
    public LocalDate? WithdrawalNotified { get; init; }

    /// <summary>The day withdrawal takes effect (first day not a party).</summary>
    public LocalDate? WithdrawalEffective { get; init; }

    /// <summary>The day the signature was withdrawn.</summary>
    public LocalDate? SignatureWithdrawn { get; init; }

    /// <summary><c>checked</c>, <c>uncertain</c> or <c>from-memory</c>; <c>derived</c> for states absent from the table.</summary>
    public required string Confidence { get; init; }

    /// <summary>Source ids, <c>|</c>-separated.</summary>
    public required string Source { get; init; }
}
