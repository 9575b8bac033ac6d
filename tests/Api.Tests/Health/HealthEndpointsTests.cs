using System.Net;
using BpjsTk.Api.Health;
using BpjsTk.Api.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BpjsTk.Api.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Live_and_ready_are_healthy_once_the_database_is_migrated()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Database:InitializeOnStart"] = "true" });
        var client = factory.CreateClient();

        var live = await client.GetAsync("/healthz");
        var ready = await client.GetAsync("/readyz");

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Failing_ready_check_makes_readyz_503_while_healthz_stays_200()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?>(), services: services => services.AddHealthChecks()
            .AddCheck("failing-dependency", () => HealthCheckResult.Unhealthy("database unreachable"), [HealthTags.Ready]));
        var client = factory.CreateClient();

        var live = await client.GetAsync("/healthz");
        var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Readyz_is_503_while_the_database_has_no_schema()
    {
        await using var factory = new ApiFactory();
        var client = factory.CreateClient();

        var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }
}
