using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace BpjsTk.Api.Health;

/// <summary><c>/healthz</c> answers while the process runs; <c>/readyz</c> runs the checks tagged <see cref="HealthTags.Ready"/>.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) });
        return endpoints;
    }
}
