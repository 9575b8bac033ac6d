using System.Text.Json;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Validation;
using static BpjsTk.GraphQL.Tests.Execution.ExecutionHarness;

namespace BpjsTk.GraphQL.Tests.Execution;

/// <summary>The options a production host sets: introspection off, suggestions hidden, masked errors with an id, cost reported on request.</summary>
public sealed class RequestExecutorProductionTests
{
    private const string Sdl = """
        type Query { region(code: String!): Region  regions(first: Int): [Region]  failing: String  level(kind: Kind): String }
        type Region { code: String  name: String }
        enum Kind { PROVINCE REGENCY }
        """;

    private static readonly ExecutionOptions Production = ExecutionOptions.Default with
    {
        AllowIntrospection = false,
        Validation = ValidationOptions.Default with { IncludeSuggestions = false },
    };

    private static RequestExecutor Executor(ExecutionOptions? options = null) => new(
        Schema(
            Sdl,
            ("Query.region", Sync(c => new Dictionary<string, object?> { ["code"] = c.ArgumentValue<string>("code"), ["name"] = "Jawa Timur" })),
            ("Query.regions", Value(new[] { new Dictionary<string, object?> { ["code"] = "35", ["name"] = "Jawa Timur" } })),
            ("Query.failing", Sync(_ => throw new InvalidOperationException("connection string Password=secret refused"))),
            ("Query.level", Sync(c => c.ArgumentValue<object>("kind")?.ToString()))),
        options);

    private static async Task<JsonElement> Run(RequestExecutor executor, GraphQLRequest request)
    {
        var result = await executor.ExecuteAsync(request, CancellationToken.None);
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    private static string? Code(JsonElement response) => response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Region\") { name } }")]
    [InlineData("{ ...Probe } fragment Probe on Query { ... on Query { __type(name: \"Query\") { name } } }")]
    public async Task Introspection_switched_off_is_a_request_error_with_its_code(string query)
    {
        var response = await Run(Executor(Production), new GraphQLRequest(query));

        Assert.Equal(ErrorCodes.IntrospectionNotAllowed, Code(response));
        Assert.False(response.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Typename_still_answers_with_introspection_switched_off()
    {
        var response = await Run(Executor(Production), new GraphQLRequest("{ __typename region(code: \"35\") { __typename name } }"));

        Assert.Equal("""{"data":{"__typename":"Query","region":{"__typename":"Region","name":"Jawa Timur"}}}""", response.GetRawText());
    }

    [Fact]
    public async Task Introspection_is_answered_by_default()
    {
        var response = await Run(Executor(), new GraphQLRequest("{ __schema { queryType { name } } }"));

        Assert.Equal("Query", response.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("{ regoin(code: \"35\") { name } }", null)]
    [InlineData("{ level(kind: PROVINSE) }", null)]
    [InlineData("query ($k: Kind) { level(kind: $k) }", """{"k":"PROVINSE"}""")]
    public async Task Suggestions_switched_off_leave_every_message_without_did_you_mean(string query, string? variables)
    {
        var request = new GraphQLRequest(query, Variables: variables is null ? null : JsonDocument.Parse(variables).RootElement.Clone());

        var withSuggestions = await Run(Executor(), request);
        var without = await Run(Executor(Production), request);

        Assert.Contains("Did you mean", withSuggestions.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", without.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resolver_exception_is_masked_with_an_error_id_and_kept_for_the_log()
    {
        var result = await Executor(Production).ExecuteAsync(new GraphQLRequest("{ failing }"), CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal(MaskedErrors.Message, error.Message);
        Assert.Equal(ErrorCodes.InternalError, error.Code);
        Assert.Matches("^[0-9a-f]{16}$", error.ErrorId);
        Assert.IsType<InvalidOperationException>(error.Exception);
        var json = result.ToJson();
        Assert.Contains(error.ErrorId!, json, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", json, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exception_details_are_written_only_when_switched_on()
    {
        var response = await Run(Executor(ExecutionOptions.Default with { IncludeExceptionDetails = true }), new GraphQLRequest("{ failing }"));

        var exception = response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("exception");
        Assert.Equal("System.InvalidOperationException", exception.GetProperty("type").GetString());
        Assert.Contains("refused", exception.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("RequestExecutorProductionTests", exception.GetProperty("stackTrace").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cost_report_adds_the_field_and_type_cost_to_an_executed_response()
    {
        var response = await Run(Executor(), new GraphQLRequest("{ regions(first: 5) { code name } }") { CostReport = CostReportMode.Report });

        Assert.Equal("35", response.GetProperty("data").GetProperty("regions")[0].GetProperty("code").GetString());
        var cost = response.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal(5, cost.GetProperty("fieldCost").GetDouble());
        Assert.Equal(5, cost.GetProperty("typeCost").GetDouble());
    }

    [Fact]
    public async Task Cost_validate_reports_the_cost_without_executing()
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest("{ failing regions(first: 20) { name } }") { CostReport = CostReportMode.Validate }, CancellationToken.None);

        Assert.False(result.IsRequestError);
        Assert.Empty(result.Errors);
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":20,"typeCost":20}}}""", result.ToJson());
    }

    [Fact]
    public async Task Cost_over_the_limit_is_refused_and_still_reported_when_asked()
    {
        var executor = Executor(ExecutionOptions.Default with { Cost = GraphQL.Utilities.CostAnalysis.CostOptions.Default with { MaxCost = 10 } });

        var response = await Run(executor, new GraphQLRequest("{ regions(first: 50) { name } }") { CostReport = CostReportMode.Report });

        Assert.Equal(ErrorCodes.MaxCost, Code(response));
        Assert.Equal(50, response.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
    }
}
