namespace Annals.Knowledge;

/// <summary>A state's relation to the Rome Statute of the ICC on a given day.</summary>
public enum RomeStatuteState
{
    /// <summary>Never signed (or acceded but the instrument had not entered into force).</summary>
    NonSignatory,

    /// <summary>Signed but not (yet) a party; includes states that later withdrew their signature.</summary>
    Signatory,

    /// <summary>A State Party: from entry into force (inclusive) until withdrawal takes effect (exclusive).</summary>
    Party,

    /// <summary>A former party whose withdrawal has taken effect.</summary>
    Withdrawn,
}
