namespace BpjsTk.Schema.Membership;

/// <summary>What an API client may be allowed to do; a client holds one or more of these.</summary>
public static class ApiScopes
{
    public const string ReportsRead = "reports:read";

    public const string MembershipCheck = "membership:check";

    public const string DataWrite = "data:write";

    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [ReportsRead, MembershipCheck, DataWrite, Admin];
}
