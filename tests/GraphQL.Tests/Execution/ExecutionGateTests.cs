using System.Text.Json;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using static BpjsTk.GraphQL.Tests.Execution.ExecutionHarness;

namespace BpjsTk.GraphQL.Tests.Execution;

public sealed class ExecutionGateTests
{
    private const string Sdl = """
        type Query { check(nik: String!, purpose: String = "none"): String  batch(items: [String!]!): [String]  regions: [String] }
        type Mutation { register(npp: String!): String }
        """;

    private static readonly string[] Regions = ["35"];

    private int _resolved;

    private RequestExecutor Executor(params IExecutionGate[] gates) => new(
        Schema(
            Sdl,
            ("Query.check", Sync(c => { Interlocked.Increment(ref _resolved); return c.ArgumentValue<string>("nik"); })),
            ("Query.batch", Sync(c => c.ArgumentValue<List<object?>>("items"))),
            ("Query.regions", Value(Regions))),
        new ExecutionOptions { Gates = gates });

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public async Task A_gate_sees_the_chosen_operation_the_coerced_variables_and_the_root_fields_as_they_will_execute()
    {
        var gate = new RecordingGate();
        const string document = """
            query Other { regions }
            query Checks($nik: String!, $more: Boolean!, $items: [String!]!) {
              a: check(nik: $nik)
              ...Twice
              ... on Query { b: check(nik: "2", purpose: "KUR") }
              skipped: check(nik: "3") @include(if: $more)
              batch(items: $items)
            }
            fragment Twice on Query { a: check(nik: $nik) }
            """;

        await Executor(gate).ExecuteAsync(
            new GraphQLRequest(document, "Checks", Json("""{"nik": "1", "more": false, "items": ["x", "y", "z"]}""")),
            CancellationToken.None);

        var context = Assert.Single(gate.Seen);
        Assert.Equal("Checks", context.Operation.Name?.Value);
        Assert.Equal("1", context.Variables["nik"]);
        Assert.Equal(["a", "b", "batch"], context.RootFields.Select(f => f.ResponseName));
        Assert.Equal(["check", "check", "batch"], context.RootFields.Select(f => f.Name));
        Assert.Equal("none", context.ArgumentValues(context.RootFields[0])!["purpose"]);
        Assert.Equal("KUR", context.ArgumentValues(context.RootFields[1])!["purpose"]);
        Assert.Equal(3, Assert.IsAssignableFrom<System.Collections.ICollection>(context.ArgumentValues(context.RootFields[2])!["items"]).Count);
    }

    [Fact]
    public async Task A_refusal_answers_with_its_error_and_metadata_and_no_resolver_runs()
    {
        var refusal = new ExecutionRefusal(GraphQLError.WithCode("Slow down.", ErrorCodes.RateLimited))
        {
            Metadata = new Dictionary<string, object?> { [ExecutionMetadata.RetryAfter] = TimeSpan.FromSeconds(12) },
        };

        var result = await Executor(new RecordingGate(refusal)).ExecuteAsync(new GraphQLRequest("{ check(nik: \"1\") }"), CancellationToken.None);

        Assert.True(result.IsRequestError);
        Assert.Equal(OperationType.Query, result.OperationType);
        Assert.Equal("""{"errors":[{"message":"Slow down.","extensions":{"code":"RATE_LIMITED"}}]}""", result.ToJson());
        Assert.Equal(TimeSpan.FromSeconds(12), result.Metadata[ExecutionMetadata.RetryAfter]);
        Assert.Equal(0, _resolved);
    }

    [Fact]
    public async Task Gates_are_asked_in_order_and_the_first_refusal_stops_the_rest()
    {
        var first = new RecordingGate();
        var second = new RecordingGate(new ExecutionRefusal(GraphQLError.WithCode("No.", "QUOTA")));
        var third = new RecordingGate();

        var result = await Executor(first, second, third).ExecuteAsync(new GraphQLRequest("{ regions }"), CancellationToken.None);

        Assert.Equal("QUOTA", Assert.Single(result.Errors).Code);
        Assert.Single(first.Seen);
        Assert.Single(second.Seen);
        Assert.Empty(third.Seen);
    }

    [Theory]
    [InlineData("{ check(nik: \"1\") ", null)]
    [InlineData("{ nowhere }", null)]
    [InlineData("query($nik: String!) { check(nik: $nik) }", null)]
    [InlineData("query($nik: String!) { check(nik: $nik) }", """{"nik": 16}""")]
    public async Task A_request_that_fails_before_execution_is_not_shown_to_the_gates(string document, string? variables)
    {
        var gate = new RecordingGate();

        var result = await Executor(gate).ExecuteAsync(new GraphQLRequest(document, Variables: variables is null ? null : Json(variables)), CancellationToken.None);

        Assert.True(result.IsRequestError);
        Assert.Empty(gate.Seen);
    }

    [Fact]
    public async Task Arguments_that_do_not_coerce_have_no_values_and_execution_reports_them()
    {
        var gate = new RecordingGate();

        var result = await Executor(gate).ExecuteAsync(new GraphQLRequest("query($items: [String!] = [\"a\"]) { batch(items: $items) }", Variables: Json("""{"items": null}""")), CancellationToken.None);

        var context = Assert.Single(gate.Seen);
        Assert.Null(context.ArgumentValues(Assert.Single(context.RootFields)));
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Without_gates_a_result_has_no_metadata()
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest("{ check(nik: \"1\") }"), CancellationToken.None);

        Assert.Equal("""{"data":{"check":"1"}}""", result.ToJson());
        Assert.Empty(result.Metadata);
    }

    private sealed class RecordingGate(ExecutionRefusal? refusal = null) : IExecutionGate
    {
        public List<ExecutionGateContext> Seen { get; } = [];

        public ValueTask<ExecutionRefusal?> CheckAsync(ExecutionGateContext context, CancellationToken cancellationToken)
        {
            Seen.Add(context);
            return ValueTask.FromResult(refusal);
        }
    }
}
