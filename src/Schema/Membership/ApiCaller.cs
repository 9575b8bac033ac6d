namespace BpjsTk.Schema.Membership;

/// <summary>The authenticated API client behind a request, as resolvers see it.</summary>
/// <param name="ClientId">The client's row, which audit records point to.</param>
/// <param name="Name">The client's name, for logs and errors.</param>
/// <param name="Scopes">What the client may do (<see cref="ApiScopes"/>).</param>
/// <param name="RegencyCodes">Compact regency codes (3509) whose applicants it may check; null for any regency.</param>
public sealed record ApiCaller(int ClientId, string Name, IReadOnlySet<string> Scopes, IReadOnlySet<string>? RegencyCodes)
{
    public bool HasScope(string scope) => Scopes.Contains(scope) || Scopes.Contains(ApiScopes.Admin);
}
