using System.Net;
using System.Text;
using BpjsTk.Api.Tests.TestHost;
using BpjsTk.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using static BpjsTk.Api.Tests.GraphQLHttp.GraphQLHttpTestClient;

namespace BpjsTk.Api.Tests.GraphQLHttp;

public sealed class GraphQLHttpLimitsTests
{
    private static readonly string LargeBody = $$$"""{"query":"{ __typename }","extensions":{"padding":"{{{new string('x', 400)}}}"}}""";

    [Fact]
    public async Task Body_declared_larger_than_the_limit_is_413()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["GraphQL:MaxRequestBytes"] = "256" });

        var response = await PostAsync(factory.CreateClient(), LargeBody, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("HTTP_REQUEST_TOO_LARGE", response.FirstErrorCode);
        Assert.Contains("256 bytes", response.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chunked_body_growing_past_the_limit_is_413()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["GraphQL:MaxRequestBytes"] = "256" });
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(LargeBody)));
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentLength = null;

        var response = await GraphQLResponse.ReadAsync(await factory.CreateClient().PostAsync("/graphql", content));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("HTTP_REQUEST_TOO_LARGE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Body_within_the_limit_is_executed()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["GraphQL:MaxRequestBytes"] = "1024" });

        var response = await PostAsync(factory.CreateClient(), LargeBody);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.GatewayTimeout)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Execution_past_the_timeout_is_cancelled_with_a_timeout_error(string accept, HttpStatusCode status)
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["GraphQL:ExecutionTimeout"] = "00:00:00.2" });

        var response = await PostAsync(factory.CreateClient(), """{"query":"{ slow }"}""", accept);

        Assert.Equal(status, response.Status);
        Assert.Equal("EXECUTION_TIMEOUT", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Client_that_goes_away_cancels_the_execution()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var gone = new CancellationTokenSource();
        using var content = new StringContent("""{"query":"query Waiting { slow }","operationName":"Waiting"}""", Encoding.UTF8, "application/json");

        var sending = client.PostAsync("/graphql", content, gone.Token);
        await factory.Services.GetRequiredService<TransportSchema>().SlowFieldStarted.WaitAsync(TimeSpan.FromSeconds(10));
        await gone.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        await WaitUntilAsync(() => factory.Logs.Entries.Any(entry => entry.EventId.Name == "GraphQLRequestAbandoned"));
        var abandoned = factory.Logs.Entries.Single(entry => entry.EventId.Name == "GraphQLRequestAbandoned");
        Assert.Equal("Waiting", abandoned.Values["OperationName"]);
    }

    [Fact]
    public async Task Without_a_schema_the_endpoint_answers_503()
    {
        await using var factory = ApiFactory.WithoutSchema();

        var response = await PostAsync(factory.CreateClient(), """{"query":"{ __typename }"}""");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal("HTTP_SCHEMA_UNAVAILABLE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Executor_failure_is_a_masked_500_and_an_error_log()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?>(), services: services =>
            services.AddSingleton<IRequestExecutor>(new ThrowingExecutor()));

        var response = await PostAsync(factory.CreateClient(), """{"query":"{ __typename }"}""", GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("""{"errors":[{"message":"Unexpected execution error.","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""", response.Body.GetRawText());
        Assert.Contains(factory.Logs.Entries, entry => entry.EventId.Name == "GraphQLExecutorFailed" && entry.Message.Contains("failed inside the executor", StringComparison.Ordinal));
        Assert.Contains(factory.Logs.Entries, entry => entry.EventId.Name == "GraphQLRequest" && Equals(entry.Values["StatusCode"], 500));
    }

    // Polls a condition the server reaches on its own thread; bounded so a broken server fails the test instead of hanging it.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 500 && !condition(); attempt++)
        {
            await Task.Delay(10);
        }
        Assert.True(condition());
    }

    private sealed class ThrowingExecutor : IRequestExecutor
    {
        public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("secret internal detail");
    }
}
