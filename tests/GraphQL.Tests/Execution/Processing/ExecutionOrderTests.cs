using System.Collections.Concurrent;
using BpjsTk.GraphQL.Execution;
using static BpjsTk.GraphQL.Tests.Execution.ExecutionHarness;

namespace BpjsTk.GraphQL.Tests.Execution.Processing;

public sealed class ExecutionOrderTests
{
    [Fact]
    public async Task Mutation_root_fields_run_one_after_another_in_document_order()
    {
        var log = new ConcurrentQueue<string>();
        var schema = Schema(
            "type Query { a: Int } type Mutation { register(npp: String!): String }",
            ("Mutation.register", async c =>
            {
                var npp = c.ArgumentValue<string>("npp");
                log.Enqueue($"start {npp}");
                await Task.Yield();
                await Task.Delay(npp == "first" ? 30 : 0);
                log.Enqueue($"end {npp}");
                return npp;
            }));

        var json = await RunAsync(schema, """mutation { a: register(npp: "first") b: register(npp: "second") c: register(npp: "third") }""");

        Assert.Equal("""{"data":{"a":"first","b":"second","c":"third"}}""", json);
        Assert.Equal(["start first", "end first", "start second", "end second", "start third", "end third"], log);
    }

    [Fact]
    public async Task A_mutation_failing_into_a_null_root_stops_the_mutations_after_it()
    {
        var ran = new ConcurrentQueue<string>();
        var schema = Schema(
            "type Query { a: Int } type Mutation { ok(n: String!): String  fail: String! }",
            ("Mutation.ok", Sync(c =>
            {
                ran.Enqueue(c.ArgumentValue<string>("n"));
                return "ok";
            })),
            ("Mutation.fail", _ => throw new InvalidOperationException("rejected")));

        var json = await RunAsync(schema, """mutation { first: ok(n: "first") fail second: ok(n: "second") }""");

        Assert.EndsWith("\"data\":null}", json, StringComparison.Ordinal);
        Assert.Equal(["first"], ran);
    }

    [Fact]
    public async Task Context_data_is_shared_by_the_resolvers_of_one_request()
    {
        var schema = Schema(
            "type Query { a: Int } type Mutation { put: String  get: String }",
            ("Mutation.put", Sync(c =>
            {
                c.ContextData["tenant"] = "jabar";
                return "put";
            })),
            ("Mutation.get", Sync(c => c.ContextData["tenant"])));

        var json = await RunAsync(schema, "mutation { put get }");

        Assert.Equal("""{"data":{"put":"put","get":"jabar"}}""", json);
    }

    [Fact]
    public async Task Query_sibling_fields_run_concurrently()
    {
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Schema(
            "type Query { a: String b: String }",
            ("Query.a", async c =>
            {
                aStarted.SetResult();
                await bStarted.Task.WaitAsync(c.RequestAborted);
                return "a";
            }),
            ("Query.b", async c =>
            {
                bStarted.SetResult();
                await aStarted.Task.WaitAsync(c.RequestAborted);
                return "b";
            }));

        // each resolver waits for the other to start: run one after the other they would time out
        var json = await RunAsync(schema, "{ a b }", options: ExecutionOptions.Default with { ExecutionTimeout = TimeSpan.FromSeconds(20) });

        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", json);
    }

    [Fact]
    public async Task Fields_keep_selection_order_when_later_fields_finish_first()
    {
        var schema = Schema(
            "type Query { slow: Int fast: Int nested: Nested } type Nested { x: Int y: Int }",
            ("Query.slow", async _ =>
            {
                await Task.Delay(40);
                return 1;
            }),
            ("Query.fast", Value(2)),
            ("Query.nested", Value(new object())),
            ("Nested.x", async _ =>
            {
                await Task.Delay(20);
                return 3;
            }),
            ("Nested.y", Value(4)));

        var json = await RunAsync(schema, "{ slow nested { x y } fast }");

        Assert.Equal("""{"data":{"slow":1,"nested":{"x":3,"y":4},"fast":2}}""", json);
    }

    [Fact]
    public async Task Errors_come_before_data_in_the_response()
    {
        var schema = Schema("type Query { a: Int b: Int }", ("Query.a", Value(1)), ("Query.b", _ => throw new InvalidOperationException()));

        var json = await RunAsync(schema, "{ a b }");

        Assert.StartsWith("""{"errors":[""", json, StringComparison.Ordinal);
        Assert.EndsWith(""","data":{"a":1,"b":null}}""", json, StringComparison.Ordinal);
    }
}
