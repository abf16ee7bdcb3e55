namespace Annals.Knowledge;

/// <summary>A state's standing at the United Nations.</summary>
public enum StateStatus
{
    /// <summary>A member state of the UN.</summary>
    UnMember,

    /// <summary>A non-member observer state (Holy See, Palestine).</summary>
    UnObserver,

    /// <summary>A dependent territory, disputed or de facto state.</summary>
    Territory,
}
