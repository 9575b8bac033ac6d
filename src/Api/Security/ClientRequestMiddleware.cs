using System.Text.Json;
using System.Threading.RateLimiting;
using BpjsTk.Api.Faults;
using BpjsTk.Api.GraphQLHttp;
using BpjsTk.Data;
using BpjsTk.GraphQL.Language;
using BpjsTk.Schema.Membership;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.Security;

/// <summary>
/// Between authentication and the GraphQL endpoint: refuses a bad key, hands the caller to resolvers,
/// keeps anonymous callers out when configured, and takes one permit per membership check the document holds.
/// </summary>
internal sealed class ClientRequestMiddleware(
    RequestDelegate next,
    IOptions<SecurityOptions> options,
    IOptions<GraphQLHttpOptions> httpOptions,
    MembershipCheckLimiter limiter)
{
    public const string RateLimited = "RATE_LIMITED";

    public async Task InvokeAsync(HttpContext context, RequestCaller requestCaller)
    {
        if (!context.Request.Path.StartsWithSegments(GraphQLHttpEndpoints.Route))
        {
            await next(context);
            return;
        }

        var authentication = await context.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);
        if (DatabaseConnectivity.IsUnavailable(authentication.Failure))
        {
            // The key could not be looked up, which says nothing about the key.
            await DatabaseUnavailableResponse.WriteAsync(context);
            return;
        }

        if (authentication.Failure is not null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, MembershipErrorCodes.NotAuthenticated,
                "The API key is not valid: it is unknown, mistyped or revoked.");
            return;
        }

        var caller = authentication.Succeeded ? ClientClaims.CallerOf(authentication.Principal) : null;
        requestCaller.Caller = caller;
        if (caller is null)
        {
            if (!options.Value.AllowAnonymousReports && !IsBrowserPage(context.Request))
            {
                await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, MembershipErrorCodes.NotAuthenticated,
                    "This server answers clients with an API key only: send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.");
                return;
            }

            await next(context);
            return;
        }

        var checks = await CountChecksAsync(context.Request);
        if (checks > 0)
        {
            using var lease = limiter.Acquire(caller.ClientId, checks);
            if (!lease.IsAcquired)
            {
                var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests, RateLimited,
                    $"This API key has used its membership checks for now ({options.Value.ChecksPerMinute} a minute; this request holds {checks}). Retry in {seconds} s.",
                    seconds);
                return;
            }
        }

        await next(context);
    }

    private static bool IsBrowserPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query");

    private async Task<int> CountChecksAsync(HttpRequest request)
    {
        var parser = ParserOptions.Default;
        if (HttpMethods.IsGet(request.Method))
        {
            using var variables = ParseOrNull(request.Query["variables"].ToString());
            return MembershipCheckCounter.Count(request.Query["query"], request.Query["operationName"], variables?.RootElement, parser);
        }

        if (!HttpMethods.IsPost(request.Method) || request.ContentLength > httpOptions.Value.MaxRequestBytes)
        {
            return 0;
        }

        // The endpoint reads the body again, so it is buffered and rewound.
        request.EnableBuffering();
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted);
            if (body.RootElement.ValueKind is not JsonValueKind.Object)
            {
                return 0;
            }

            var root = body.RootElement;
            return MembershipCheckCounter.Count(
                root.TryGetProperty("query", out var query) && query.ValueKind is JsonValueKind.String ? query.GetString() : null,
                root.TryGetProperty("operationName", out var name) && name.ValueKind is JsonValueKind.String ? name.GetString() : null,
                root.TryGetProperty("variables", out var variables) ? variables : null,
                parser);
        }
        catch (JsonException)
        {
            return 0;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static JsonDocument? ParseOrNull(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
