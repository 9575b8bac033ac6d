using BpjsTk.Data.Participants;
using BpjsTk.GraphQL.Execution;
using BpjsTk.Schema.Membership;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BpjsTk.Api.Security;

/// <summary>API keys, scopes, per-client check limits, the NIK hasher and audit retention for the host.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Registers the API key scheme, one authorization policy per scope (named after it), the per-request
    /// <see cref="RequestCaller"/>, the <see cref="NikHasher"/> over the configured <c>NikHashKey</c>, the check limiter
    /// and its <see cref="IExecutionGate"/> (add the registered gates to the executor's <see cref="ExecutionOptions.Gates"/>), and the audit retention service. Needs <c>AddBpjsTkDatabase</c> and the <c>NikHashKey</c> singleton.
    /// </summary>
    public static IServiceCollection AddBpjsTkSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.SectionName));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(authorization =>
        {
            foreach (var scope in ApiScopes.All)
            {
                authorization.AddPolicy(scope, policy => policy
                    .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                    .RequireAssertion(context => context.User.HasClaim(ClientClaims.Scope, scope) || context.User.HasClaim(ClientClaims.Scope, ApiScopes.Admin)));
            }
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddScoped<RequestCaller>();
        services.AddSingleton<MembershipCheckLimiter>();
        services.AddSingleton<IExecutionGate, MembershipCheckGate>();
        services.AddSingleton(provider => new NikHasher(provider.GetRequiredService<NikHashKey>().Bytes));
        services.AddSingleton<MembershipAuditWriter>();
        services.AddHostedService<AuditRetentionService>();
        return services;
    }

    /// <summary>Authenticates API keys and applies the caller, anonymous and check-limit rules; call before <c>MapGraphQLHttp</c>.</summary>
    public static IApplicationBuilder UseBpjsTkSecurity(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseMiddleware<ClientRequestMiddleware>();
        return app;
    }
}
