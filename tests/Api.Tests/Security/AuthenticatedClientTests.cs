using System.Security.Claims;
using BpjsTk.Api.Security;
using BpjsTk.Data.Clients;
using BpjsTk.Schema.Membership;

namespace BpjsTk.Api.Tests.Security;

public sealed class AuthenticatedClientTests
{
    private static ApiClient Client(string? regencies) => new()
    {
        Id = 7,
        Name = "bank-jatim",
        Organisation = "Bank Jatim",
        KeyPrefix = "bpjstk_00000000",
        KeyHash = new byte[32],
        Scopes = "membership:check  reports:read",
        RegencyCodes = regencies,
    };

    [Fact]
    public void Caller_made_from_the_cached_row_carries_its_scopes_and_regencies()
    {
        var caller = AuthenticatedClient.Of(Client("3509 3578")).Caller;

        Assert.Equal(7, caller.ClientId);
        Assert.True(caller.HasScope("membership:check"));
        Assert.False(caller.HasScope(ApiScopes.DataWrite));
        Assert.Equal(["3509", "3578"], caller.RegencyCodes!.Order());
    }

    [Fact]
    public void Client_without_regencies_may_check_any_regency()
    {
        var client = AuthenticatedClient.Of(Client(null));

        Assert.Null(client.Caller.RegencyCodes);
        Assert.DoesNotContain(client.Claims, c => c.Type == ClientClaims.Regencies);
    }

    [Fact]
    public void Each_request_gets_its_own_principal_so_one_request_cannot_change_another()
    {
        var client = AuthenticatedClient.Of(Client(null));
        var first = client.Principal(ApiKeyAuthenticationHandler.SchemeName);
        ((ClaimsIdentity)first.Identity!).AddClaim(new("added", "by one request"));

        var second = client.Principal(ApiKeyAuthenticationHandler.SchemeName);

        Assert.NotSame(first, second);
        Assert.Null(second.FindFirst("added"));
        Assert.Equal("bank-jatim", second.Identity!.Name);
        Assert.Equal(["membership:check", "reports:read"], second.FindAll(ClientClaims.Scope).Select(c => c.Value));
    }
}
