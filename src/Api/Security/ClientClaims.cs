using System.Globalization;
using System.Security.Claims;
using BpjsTk.Schema.Membership;

namespace BpjsTk.Api.Security;

/// <summary>The claims an authenticated API client carries, and the caller resolvers see from them.</summary>
internal static class ClientClaims
{
    public const string ClientId = "bpjstk:client_id";

    public const string Organisation = "bpjstk:organisation";

    public const string Scope = "scope";

    public const string Regencies = "bpjstk:regencies";

    public static string[] Split(string? text) => (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static ApiCaller? CallerOf(ClaimsPrincipal user)
    {
        if (user.FindFirst(ClientId) is not { } id)
        {
            return null;
        }

        var regencies = user.FindFirst(Regencies)?.Value;
        return new ApiCaller(
            int.Parse(id.Value, CultureInfo.InvariantCulture),
            user.Identity?.Name ?? "",
            user.FindAll(Scope).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            regencies is null ? null : Split(regencies).ToHashSet(StringComparer.Ordinal));
    }
}
