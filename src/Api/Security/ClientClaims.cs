namespace BpjsTk.Api.Security;

/// <summary>The claims an authenticated API client carries, made by <see cref="AuthenticatedClient"/>.</summary>
internal static class ClientClaims
{
    public const string ClientId = "bpjstk:client_id";

    public const string Organisation = "bpjstk:organisation";

    public const string Scope = "scope";

    public const string Regencies = "bpjstk:regencies";

    public static string[] Split(string? text) => (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
