using BpjsTk.Data.Clients;

namespace BpjsTk.Data.Audit;

/// <summary>One membership check as the audit keeps it: who asked, why, about whom (a keyed hash only) and what was answered.</summary>
public sealed class MembershipCheckAudit
{
    public long Id { get; set; }

    public DateTime CheckedAt { get; set; }

    public int ClientId { get; set; }

    public ApiClient? Client { get; set; }

    /// <summary>Why the client asked, e.g. the licence application number; required of every check.</summary>
    public required string Purpose { get; set; }

    public MembershipSubjectKind SubjectKind { get; set; }

    /// <summary>HMAC-SHA256 of the identifier under the server's secret key, so the audit never holds a NIK in clear.</summary>
    public required byte[] SubjectHash { get; set; }

    public MembershipCheckResult Result { get; set; }
}
