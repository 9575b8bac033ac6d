namespace BpjsTk.Data.Audit;

/// <summary>What a membership check answered, as audited.</summary>
public enum MembershipCheckResult
{
    Active,
    Inactive,
    NotFound,
    Refused,
}
