using System.Text.Json;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using static BpjsTk.GraphQL.Tests.Execution.ExecutionHarness;

namespace BpjsTk.GraphQL.Tests.Execution;

public sealed class RequestExecutorTests
{
    private const string Sdl = """
        type Query { greeting(name: String! = "dunia"): String  client: String  service: String  region: Region }
        type Region { name: String }
        type Mutation { register(npp: String!): String }
        type Subscription { ticks: Int }
        """;

    private static RequestExecutor Executor(ExecutionOptions? options = null) => new(
        Schema(
            Sdl,
            ("Query.greeting", Sync(c => $"Halo, {c.ArgumentValue<string>("name")}")),
            ("Query.client", Sync(c => c.ContextData["client"])),
            ("Query.service", Sync(c => c.Service<Clock>().Now)),
            ("Mutation.register", Sync(c => c.ArgumentValue<string>("npp")))),
        options);

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static async Task<ExecutionResult> Run(RequestExecutor executor, GraphQLRequest request) =>
        await executor.ExecuteAsync(request, CancellationToken.None);

    [Fact]
    public async Task Root_fields_name_the_schema_fields_that_ran_after_skip_and_aliases()
    {
        var result = await Run(Executor(), new GraphQLRequest(
            "query ($skip: Boolean!) { hello: greeting ...F client @skip(if: $skip) } fragment F on Query { __typename }",
            Variables: Json("""{"skip":true}""")));
        var rejected = await Run(Executor(), new GraphQLRequest("{ nope }"));

        Assert.Equal(["greeting", "__typename"], result.RootFields);
        Assert.Empty(rejected.RootFields);
    }

    [Fact]
    public async Task A_query_with_variables_runs_and_writes_data()
    {
        var result = await Run(Executor(), new GraphQLRequest("query ($n: String!) { greeting(name: $n) }", Variables: Json("""{"n":"Budi"}""")));

        Assert.Equal("""{"data":{"greeting":"Halo, Budi"}}""", result.ToJson());
        Assert.Equal(OperationType.Query, result.OperationType);
    }

    [Fact]
    public async Task An_argument_default_applies_when_the_argument_is_absent()
    {
        var result = await Run(Executor(), new GraphQLRequest("{ greeting }"));

        Assert.Equal("""{"data":{"greeting":"Halo, dunia"}}""", result.ToJson());
    }

    [Fact]
    public async Task A_syntax_error_is_a_request_error_without_data()
    {
        var result = await Run(Executor(), new GraphQLRequest("{ greeting "));

        Assert.True(result.IsRequestError);
        Assert.Equal(ErrorCodes.SyntaxError, Assert.Single(result.Errors).Code);
        Assert.DoesNotContain("\"data\"", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_breaks_a_validation_rule_is_a_request_error()
    {
        var result = await Run(Executor(), new GraphQLRequest("{ nope }"));

        Assert.True(result.IsRequestError);
        Assert.Equal(ErrorCodes.ValidationFailed, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Variables_that_do_not_fit_are_a_request_error_with_bad_user_input()
    {
        var result = await Run(Executor(), new GraphQLRequest("query ($n: String!) { greeting(name: $n) }", Variables: Json("""{"n":5}""")));

        Assert.True(result.IsRequestError);
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task The_same_document_text_is_parsed_and_validated_once()
    {
        var executor = Executor();

        await Run(executor, new GraphQLRequest("{ greeting }"));
        await Run(executor, new GraphQLRequest("{ greeting }"));
        await Run(executor, new GraphQLRequest("{ client: greeting }"));

        Assert.Equal(1, executor.Documents.Hits);
        Assert.Equal(2, executor.Documents.Misses);
    }

    [Fact]
    public async Task The_document_cache_drops_the_least_recently_used_document_at_its_size()
    {
        var executor = Executor(ExecutionOptions.Default with { DocumentCacheSize = 2 });

        await Run(executor, new GraphQLRequest("{ a: greeting }"));
        await Run(executor, new GraphQLRequest("{ b: greeting }"));
        await Run(executor, new GraphQLRequest("{ a: greeting }"));
        await Run(executor, new GraphQLRequest("{ c: greeting }"));
        await Run(executor, new GraphQLRequest("{ a: greeting }"));
        await Run(executor, new GraphQLRequest("{ b: greeting }"));

        Assert.Equal(2, executor.Documents.Count);
        Assert.Equal(2, executor.Documents.Hits);
        Assert.Equal(4, executor.Documents.Misses);
    }

    [Fact]
    public async Task An_operation_type_the_transport_does_not_allow_is_refused_with_its_code()
    {
        var request = new GraphQLRequest("""mutation { register(npp: "1") }""") { AllowedOperations = new HashSet<OperationType> { OperationType.Query } };

        var result = await Run(Executor(), request);

        Assert.True(result.IsRequestError);
        Assert.Equal(ErrorCodes.OperationNotAllowed, Assert.Single(result.Errors).Code);
        Assert.Equal(OperationType.Mutation, result.OperationType);
    }

    [Theory]
    [InlineData("query A { greeting } query B { client }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { greeting }", "C", "Unknown operation named \"C\".")]
    [InlineData("fragment F on Query { greeting }", null, "Must provide an operation.")]
    public async Task An_operation_that_cannot_be_chosen_is_reported_with_operation_not_found(string query, string? operationName, string message)
    {
        var result = await Run(Executor(ExecutionOptions.Default with { Validation = GraphQL.Validation.ValidationOptions.Default with { Rules = [] } }), new GraphQLRequest(query, operationName));

        var error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(ErrorCodes.OperationNotFound, error.Code);
    }

    [Fact]
    public async Task The_operation_name_chooses_among_several_operations()
    {
        var result = await Run(Executor(), new GraphQLRequest("query A { a: greeting } query B { b: greeting }", "B"));

        Assert.Equal("""{"data":{"b":"Halo, dunia"}}""", result.ToJson());
    }

    [Fact]
    public async Task A_subscription_is_refused_as_not_supported()
    {
        var result = await Run(Executor(), new GraphQLRequest("subscription { ticks }"));

        Assert.True(result.IsRequestError);
        Assert.Equal(ErrorCodes.SubscriptionsNotSupported, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Request_services_and_context_data_reach_resolvers()
    {
        var request = new GraphQLRequest("{ client service }")
        {
            Services = new ClockServices(),
            ContextData = new Dictionary<string, object?> { ["client"] = "bank-bjb" },
        };

        var result = await Run(Executor(), request);

        Assert.Equal("""{"data":{"client":"bank-bjb","service":"2026-11-22"}}""", result.ToJson());
    }

    [Fact]
    public async Task The_execute_verb_runs_a_parsed_document_with_json_variables()
    {
        var result = await GraphQLExecutor.ExecuteAsync(Executor().Schema, GraphQLParser.Parse("query ($n: String!) { greeting(name: $n) }"), variables: Json("""{"n":"Sari"}"""));

        Assert.Equal("""{"data":{"greeting":"Halo, Sari"}}""", result.ToJson());
    }

    [Fact]
    public async Task An_operation_over_a_shape_limit_is_refused_before_it_runs()
    {
        var executor = Executor(ExecutionOptions.Default with { OperationLimits = GraphQL.Utilities.CostAnalysis.OperationLimitsOptions.Default with { MaxAliases = 1 } });

        var result = await Run(executor, new GraphQLRequest("{ a: greeting b: greeting }"));

        Assert.True(result.IsRequestError);
        Assert.Equal(ErrorCodes.MaxAliases, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task An_operation_above_the_cost_limit_is_refused_with_its_cost()
    {
        var executor = Executor(ExecutionOptions.Default with { Cost = GraphQL.Utilities.CostAnalysis.CostOptions.Default with { MaxCost = 0 } });

        var result = await Run(executor, new GraphQLRequest("""{ region { name } }"""));

        Assert.True(result.IsRequestError);
        Assert.Equal(ErrorCodes.MaxCost, Assert.Single(result.Errors).Code);
        Assert.Equal(1d, result.Errors[0].Extensions["cost"]);
    }

    [Fact]
    public async Task Introspection_fields_answer_on_the_query_root()
    {
        var result = await Run(Executor(), new GraphQLRequest("""{ __schema { queryType { name } } __type(name: "Mutation") { kind fields { name } } }"""));

        Assert.Equal("""{"data":{"__schema":{"queryType":{"name":"Query"}},"__type":{"kind":"OBJECT","fields":[{"name":"register"}]}}}""", result.ToJson());
    }

    private sealed record Clock(string Now);

    private sealed class ClockServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(Clock) ? new Clock("2026-11-22") : null;
    }
}
