using BpjsTk.Data.Audit;

namespace BpjsTk.Schema.Membership;

/// <summary>One audited check as an administrator reads it.</summary>
internal sealed record MembershipCheckRecord(
    string CheckedAt,
    string ClientName,
    string Purpose,
    MembershipSubjectKind SubjectKind,
    string SubjectHash,
    MembershipCheckResult Result);
