using BpjsTk.Api.GraphQLHttp;
using BpjsTk.Api.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.Tests.Hosting;

public sealed class ApiApplicationTests
{
    [Fact]
    public async Task Listens_on_localhost_5080_unless_told_otherwise()
    {
        await using var byDefault = ApiApplication.Build([]);
        await using var told = ApiApplication.Build(["--urls", "http://127.0.0.1:6123"]);

        Assert.Equal("http://localhost:5080", byDefault.Configuration["urls"]);
        Assert.Equal("http://127.0.0.1:6123", told.Configuration["urls"]);
    }

    [Fact]
    public async Task Limits_have_defaults_and_follow_configuration()
    {
        await using var byDefault = ApiApplication.Build([]);
        await using var configured = ApiApplication.Build(["GraphQL:MaxRequestBytes=2048", "GraphQL:ExecutionTimeout=00:00:05"]);

        var defaults = byDefault.Services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var options = configured.Services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;

        Assert.Equal((1024 * 1024L, TimeSpan.FromSeconds(30)), (defaults.MaxRequestBytes, defaults.ExecutionTimeout));
        Assert.Equal((2048L, TimeSpan.FromSeconds(5)), (options.MaxRequestBytes, options.ExecutionTimeout));
    }

    [Fact]
    public async Task Environment_variables_with_the_bpjstk_prefix_configure_the_api()
    {
        var key = $"Probe{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable($"BPJSTK_{key}__Value", "from-environment");
        try
        {
            await using var app = ApiApplication.Build([]);

            Assert.Equal("from-environment", app.Configuration[$"{key}:Value"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable($"BPJSTK_{key}__Value", null);
        }
    }
}
