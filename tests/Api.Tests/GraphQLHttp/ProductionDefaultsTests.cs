using System.Net;
using System.Net.Http.Headers;
using BpjsTk.Api.Tests.TestHost;
using BpjsTk.GraphQL;
using Microsoft.Extensions.Logging;
using static BpjsTk.Api.Tests.GraphQLHttp.GraphQLHttpTestClient;

namespace BpjsTk.Api.Tests.GraphQLHttp;

/// <summary>What a Production host does unless configured otherwise, and the same switches in Development.</summary>
public sealed class ProductionDefaultsTests
{
    private static Task<GraphQLResponse> Query(ApiFactory factory, string query) =>
        PostAsync(factory.CreateClient(), $$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}}}""", GraphQLResponseJson);

    [Fact]
    public async Task Introspection_is_refused_in_Production_while_typename_answers()
    {
        await using var factory = ApiFactory.WithEngine("Production");

        var introspection = await Query(factory, "{ __schema { queryType { name } } }");
        var typename = await Query(factory, "{ __typename }");

        Assert.Equal((HttpStatusCode.BadRequest, "INTROSPECTION_NOT_ALLOWED"), (introspection.Status, introspection.FirstErrorCode));
        Assert.False(introspection.HasData);
        Assert.Equal("Query", typename.Body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Introspection_configured_on_answers_in_Production()
    {
        await using var factory = ApiFactory.WithEngine("Production", new Dictionary<string, string?> { ["GraphQL:Introspection"] = "true" });

        var response = await Query(factory, "{ __schema { queryType { name } } }");

        Assert.Equal("Query", response.Body.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("{ regoins { code } }")]
    [InlineData("{ level(kind: PROVINSE) }")]
    public async Task Suggestions_vanish_from_error_messages_in_Production_and_stay_in_Development(string query)
    {
        await using var production = ApiFactory.WithEngine("Production");
        await using var development = ApiFactory.WithEngine("Development");

        var hidden = await Query(production, query);
        var shown = await Query(development, query);

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", hidden.FirstErrorCode);
        Assert.DoesNotContain("Did you mean", hidden.Body.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Did you mean", shown.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_is_not_published_as_SDL_in_Production()
    {
        await using var factory = ApiFactory.WithEngine("Production");
        var client = factory.CreateClient();

        using var sdl = await client.GetAsync("/graphql?sdl");
        using var file = await client.GetAsync("/graphql/schema.graphql");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (sdl.StatusCode, file.StatusCode));
        Assert.DoesNotContain("type Query", await sdl.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Banana_Cake_Pop_is_off_in_Production_and_a_browser_gets_the_JSON_error()
    {
        await using var factory = ApiFactory.WithEngine("Production");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");

        using var page = await client.SendAsync(request);
        using var config = await client.GetAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.NotAcceptable, page.StatusCode);
        Assert.Equal("application/graphql-response+json", page.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(HttpStatusCode.OK, config.StatusCode);
    }

    [Fact]
    public async Task A_failing_resolver_is_masked_with_an_error_id_that_the_error_log_carries_with_the_exception()
    {
        await using var factory = ApiFactory.WithEngine("Production");

        var response = await Query(factory, "{ greeting failing }");

        var error = response.Body.GetProperty("errors")[0];
        var errorId = error.GetProperty("extensions").GetProperty("errorId").GetString()!;
        Assert.Equal(MaskedErrors.Message, error.GetProperty("message").GetString());
        Assert.Equal(ErrorCodes.InternalError, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Halo", response.Body.GetProperty("data").GetProperty("greeting").GetString());
        Assert.DoesNotContain("hunter2", response.Body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("stackTrace", response.Body.GetRawText(), StringComparison.Ordinal);
        var logged = Assert.Single(factory.Logs.Entries, entry => entry.Message.Contains(errorId, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Equal(EngineSchema.FailureDetail, logged.Exception?.Message);
    }

    [Fact]
    public async Task Exception_details_are_in_the_response_in_Development_only()
    {
        await using var factory = ApiFactory.WithEngine("Development");

        var response = await Query(factory, "{ failing }");

        var exception = response.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("exception");
        Assert.Equal(EngineSchema.FailureDetail, exception.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Cost_report_header_adds_the_operation_cost_to_the_response()
    {
        await using var factory = ApiFactory.WithEngine("Production");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ regions(first: 7) { code } }"}""") };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("GraphQL-Cost", "report");

        var response = await GraphQLResponse.ReadAsync(await factory.CreateClient().SendAsync(request));

        Assert.Equal("35", response.Body.GetProperty("data").GetProperty("regions")[0].GetProperty("code").GetString());
        Assert.Equal("""{"fieldCost":7,"typeCost":7}""", response.Body.GetProperty("extensions").GetProperty("operationCost").GetRawText());
    }

    [Fact]
    public async Task Cost_validate_header_reports_the_cost_without_running_the_operation()
    {
        await using var factory = ApiFactory.WithEngine("Production");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ failing regions(first: 3) { code } }"}""") };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("GraphQL-Cost", "validate");

        var response = await GraphQLResponse.ReadAsync(await factory.CreateClient().SendAsync(request));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":3,"typeCost":3}}}""", response.Body.GetRawText());
        Assert.DoesNotContain(factory.Logs.Entries, entry => entry.Level is LogLevel.Error);
    }

    [Fact]
    public async Task Cost_and_depth_limits_follow_configuration()
    {
        await using var factory = ApiFactory.WithEngine("Production", new Dictionary<string, string?> { ["GraphQL:MaxCost"] = "20" });

        var response = await Query(factory, "{ regions(first: 50) { code } }");

        Assert.Equal((HttpStatusCode.BadRequest, "MAX_COST_EXCEEDED"), (response.Status, response.FirstErrorCode));
    }
}
