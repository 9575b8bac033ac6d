namespace BpjsTk.Api.Security;

/// <summary>The <c>Security</c> configuration section: who may call without a key, how many checks a client may make, how long the audit is kept.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Whether callers without a key may read aggregate reports; membership data always needs a key.</summary>
    public bool AllowAnonymousReports { get; set; } = true;

    /// <summary>Membership checks one client may make per minute (a batch of N is N checks); bursts up to this many.</summary>
    public int ChecksPerMinute { get; set; } = 600;

    /// <summary>Days an audit record of a check is kept before it is deleted.</summary>
    public int AuditRetentionDays { get; set; } = 400;
}
