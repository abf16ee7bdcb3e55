namespace Annals.Knowledge;

/// <summary>A state's (or, in the G20, an organisation's) membership of an organisation (<c>memberships.tsv</c>).</summary>
/// <remarks>Immutable. Active on D when <c>Since &lt;= D &lt; Until</c>; an unknown <see cref="Since"/> counts as "always".</remarks>
public sealed record Membership
{
    /// <summary>The organisation's id.</summary>
    public required string OrgId { get; init; }

    /// <summary>The member state (ISO alpha-3); empty when the member is an organisation (see <see cref="MemberOrgId"/>).</summary>
    public required string Iso3 { get; init; }

    /// <summary>The member organisation (the EU and AU in the G20), else null.</summary>
    public string? MemberOrgId { get; init; }

    /// <summary>As in the data: member, associate_member, observer, observer_state, dialogue_partner, partner_country,
    /// member_suspended, member_not_participating, former_member, founding_state_non_member, invited_not_confirmed, invitation_declined.</summary>
    public required string Status { get; init; }

    /// <summary>True for statuses that make the state a full member while the row is active (member, former_member while it lasted, suspended or not participating).</summary>
    public bool IsMember => Status is "member" or "former_member" or "member_suspended" or "member_not_participating";

    /// <summary>First day, possibly partial (<c>2004</c>); null if unknown.</summary>
    public PartialDate? Since { get; init; }

    /// <summary>First day no longer in that status (exclusive); null if still.</summary>
    public PartialDate? Until { get; init; }

    /// <summary><c>high</c> or <c>medium</c>.</summary>
    public required string Confidence { get; init; }

    /// <summary>Remarks from the source table.</summary>
    public string? Notes { get; init; }

    /// <summary>Source ids.</summary>
    public required string Source { get; init; }

    /// <summary>True when the row applies on <paramref name="date"/>.</summary>
    public bool IsActiveOn(NodaTime.LocalDate date) =>
        (Since is not { } s || s.Start <= date) && (Until is not { } u || date < u.Start);
}
