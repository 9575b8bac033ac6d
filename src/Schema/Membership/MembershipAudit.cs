using BpjsTk.Data.Audit;

namespace BpjsTk.Schema.Membership;

/// <summary>Builds the audit rows of checks; the subject is only ever the keyed hash.</summary>
internal static class MembershipAudit
{
    public static MembershipCheckAudit Record(ApiCaller caller, DateTime checkedAt, string purpose, MembershipSubjectKind kind, byte[] subjectHash, MembershipCheckResult result) =>
        new()
        {
            CheckedAt = checkedAt,
            ClientId = caller.ClientId,
            Purpose = purpose,
            SubjectKind = kind,
            SubjectHash = subjectHash,
            Result = result,
        };

    public static MembershipCheckResult ResultOf(PersonMembership membership) => membership.Status switch
    {
        MembershipStatus.Active => MembershipCheckResult.Active,
        MembershipStatus.Inactive => MembershipCheckResult.Inactive,
        _ => MembershipCheckResult.NotFound,
    };

    public static MembershipCheckResult ResultOf(EmployerMembership membership) => membership.Status switch
    {
        EmployerRegistrationStatus.Active => MembershipCheckResult.Active,
        EmployerRegistrationStatus.NotFound => MembershipCheckResult.NotFound,
        _ => MembershipCheckResult.Inactive,
    };
}
