using System.Net;
using System.Text.Json;
using BpjsTk.Api.Faults;
using BpjsTk.Api.Tests.GraphQLHttp;
using BpjsTk.Api.Tests.TestHost;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BpjsTk.Api.Tests.Faults;

public sealed class ShutdownTests
{
    private readonly TaskCompletionSource _slowStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task A_request_in_flight_when_the_host_stops_completes_before_the_server_goes()
    {
        await using var factory = SlowHost();
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();
        var host = factory.Services.GetRequiredService<IHost>();
        var lifetime = factory.Services.GetRequiredService<IHostApplicationLifetime>();

        var inFlight = GraphQLHttpTestClient.SendQueryAsync(client, "query Slow { slow }");
        await _slowStarted.Task;
        var stopping = host.StopAsync();
        await WhenCancelledAsync(lifetime.ApplicationStopping);
        var stoppedEarly = stopping.IsCompleted;
        _release.SetResult();
        using var response = await inFlight;
        await stopping;

        Assert.False(stoppedEarly);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"slow":"done"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/graphql", 503)]
    [InlineData("/readyz", 503)]
    [InlineData("/healthz", 200)]
    public async Task Requests_arriving_after_stop_is_signalled_are_answered_503_while_healthz_stays_live(string path, int expected)
    {
        var lifetime = new StoppingLifetime();
        var reached = false;
        var gate = new ShutdownGateMiddleware(_ => { reached = true; return Task.CompletedTask; }, lifetime);
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();

        await gate.InvokeAsync(context);

        Assert.Equal(expected, context.Response.StatusCode);
        Assert.Equal(expected == 200, reached);
        if (expected == 503)
        {
            context.Response.Body.Position = 0;
            using var body = await JsonDocument.ParseAsync(context.Response.Body);
            Assert.Equal(FaultErrorCodes.ShuttingDown, body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal("close", context.Response.Headers.Connection.ToString());
        }
    }

    [Fact]
    public async Task The_shutdown_timeout_is_configurable()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { [FaultsServiceCollectionExtensions.ShutdownTimeoutKey] = "00:01:30" });

        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HostOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(90), options.ShutdownTimeout);
    }

    // A schema whose one field waits for the test, so the test decides when the request in flight may finish.
    private ApiFactory SlowHost() => new(new Dictionary<string, string?>(), withSchema: false, services: services =>
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(query => query.Field("slow").Type("String").Resolve(async (_, _) =>
            {
                _slowStarted.TrySetResult();
                await _release.Task;
                return "done";
            }))
            .Build();
        services.RemoveAll<IRequestExecutor>();
        services.AddSingleton<IRequestExecutor>(new RequestExecutor(schema));
    });

    private static Task WhenCancelledAsync(CancellationToken token)
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        token.Register(cancelled.SetResult);
        return cancelled.Task;
    }
}
