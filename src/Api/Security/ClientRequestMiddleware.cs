using BpjsTk.Api.Faults;
using BpjsTk.Api.GraphQLHttp;
using BpjsTk.Data;
using BpjsTk.Schema.Membership;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.Security;

/// <summary>
/// Between authentication and the GraphQL endpoint: refuses a bad key, hands the caller to resolvers,
/// and keeps anonymous callers out when configured. Checks are counted by <see cref="MembershipCheckGate"/>, in the engine.
/// </summary>
internal sealed class ClientRequestMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
{
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

        var caller = authentication.Succeeded ? ApiKeyAuthenticationHandler.CallerOf(authentication) : null;
        requestCaller.Caller = caller;
        if (caller is null && !options.Value.AllowAnonymousReports && !IsBrowserPage(context.Request))
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, MembershipErrorCodes.NotAuthenticated,
                "This server answers clients with an API key only: send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.");
            return;
        }

        await next(context);
    }

    private static bool IsBrowserPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query");
}
