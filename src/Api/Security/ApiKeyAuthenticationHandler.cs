using System.Security.Cryptography;
using System.Text.Encodings.Web;
using BpjsTk.Data;
using BpjsTk.Schema.Membership;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.Security;

/// <summary>Authenticates a client by the key in <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c>; no key is no result (anonymous).</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<BpjsTkDbContext> databases,
    IMemoryCache clients)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>How long a client row is reused between requests; a revocation takes effect within this time.</summary>
    public static readonly TimeSpan ClientCacheDuration = TimeSpan.FromSeconds(30);

    private const string CallerParameter = "bpjstk:caller";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = KeyOf(Request);
        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }

        var prefix = ApiKey.PrefixOf(key);
        if (prefix is null)
        {
            return AuthenticateResult.Fail("The API key is not one this server issued.");
        }

        // Only known clients are cached, so keys with made-up prefixes cannot fill the cache.
        if (!clients.TryGetValue((typeof(AuthenticatedClient), prefix), out AuthenticatedClient? known))
        {
            await using var db = await databases.CreateDbContextAsync(Context.RequestAborted);
            var client = await db.ApiClients.AsNoTracking().FirstOrDefaultAsync(c => c.KeyPrefix == prefix, Context.RequestAborted);
            if (client is not null)
            {
                known = AuthenticatedClient.Of(client);
                clients.Set((typeof(AuthenticatedClient), prefix), known, ClientCacheDuration);
            }
        }

        if (known is null || known.Client.RevokedAt is not null || !CryptographicOperations.FixedTimeEquals(known.Client.KeyHash, ApiKey.Hash(key)))
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        var properties = new AuthenticationProperties();
        properties.SetParameter(CallerParameter, known.Caller);
        return AuthenticateResult.Success(new AuthenticationTicket(known.Principal(SchemeName), properties, SchemeName));
    }

    /// <summary>Carries the caller made with the cached client, so the request need not read it back from the claims.</summary>
    public static ApiCaller? CallerOf(AuthenticateResult authentication) =>
        authentication.Properties?.GetParameter<ApiCaller>(CallerParameter);

    private static string? KeyOf(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        var header = request.Headers[ApiKeyHeader].ToString().Trim();
        return header.Length > 0 ? header : null;
    }
}
