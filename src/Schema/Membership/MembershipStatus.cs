namespace BpjsTk.Schema.Membership;

/// <summary>A person's membership as a check answers it.</summary>
public enum MembershipStatus
{
    Active,
    Inactive,
    NotFound,
}
