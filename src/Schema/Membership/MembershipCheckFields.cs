namespace BpjsTk.Schema.Membership;

/// <summary>The root fields that each count as checks, so the host can count a document's checks before running it.</summary>
public static class MembershipCheckFields
{
    public const string Person = "membership";

    public const string Employer = "employerMembership";

    public const string Batch = "membershipBatch";

    /// <summary>The batch's list argument; each item is one check.</summary>
    public const string BatchApplicants = "applicants";

    public const int MaxBatchSize = 100;
}
