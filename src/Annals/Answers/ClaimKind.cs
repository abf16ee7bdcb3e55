namespace Annals.Answers;

/// <summary>Stable names of claim kinds, as printed in the JSON contract.</summary>
public static class ClaimKind
{
    /// <summary>"the first X since Y".</summary>
    public const string FirstSince = "first-since";
    /// <summary>A state's standing towards a treaty: "a member of the ICC".</summary>
    public const string TreatyStatus = "treaty-status";
    /// <summary>Membership of an organisation: "a member of the CSTO".</summary>
    public const string Membership = "membership";
    /// <summary>A reference too vague to check: "a foreign conflict".</summary>
    public const string VagueReference = "vague-reference";
    /// <summary>A count: "the 125th state to join the ICC".</summary>
    public const string Count = "count";
    /// <summary>A relative time that cannot be placed: "earlier this year" without a publication date.</summary>
    public const string RelativeTime = "relative-time";
}
