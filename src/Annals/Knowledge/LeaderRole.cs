namespace Annals.Knowledge;

/// <summary>The role a leader's term is in.</summary>
public enum LeaderRole
{
    /// <summary>Head of state.</summary>
    HeadOfState,

    /// <summary>Head of government.</summary>
    HeadOfGovernment,
}
