using System.Globalization;
using System.Security.Claims;
using BpjsTk.Data.Clients;
using BpjsTk.Schema.Membership;

namespace BpjsTk.Api.Security;

/// <summary>A client row with the claims and caller made from it once, cached together so a request with a known key builds neither.</summary>
internal sealed record AuthenticatedClient(ApiClient Client, IReadOnlyList<Claim> Claims, ApiCaller Caller)
{
    public static AuthenticatedClient Of(ApiClient client)
    {
        var scopes = ClientClaims.Split(client.Scopes);
        List<Claim> claims =
        [
            new(ClientClaims.ClientId, client.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, client.Name),
            new(ClientClaims.Organisation, client.Organisation),
            .. scopes.Select(scope => new Claim(ClientClaims.Scope, scope)),
        ];
        if (client.RegencyCodes is not null)
        {
            claims.Add(new(ClientClaims.Regencies, client.RegencyCodes));
        }

        var caller = new ApiCaller(
            client.Id,
            client.Name,
            scopes.ToHashSet(StringComparer.Ordinal),
            client.RegencyCodes is null ? null : ClientClaims.Split(client.RegencyCodes).ToHashSet(StringComparer.Ordinal));
        return new AuthenticatedClient(client, claims, caller);
    }

    /// <summary>A fresh principal per request, since ASP.NET Core lets later middleware add to it.</summary>
    public ClaimsPrincipal Principal(string scheme) => new(new ClaimsIdentity(Claims, scheme));
}
