using static BpjsTk.GraphQL.Tests.Execution.ExecutionHarness;

namespace BpjsTk.GraphQL.Tests.Execution.Processing;

public sealed class DeepNestingTests
{
    [Fact]
    public async Task A_selection_as_deep_as_the_parser_allows_executes_on_a_thread_pool_thread()
    {
        const int depth = 190;
        var schema = Schema("type Query { node: Node } type Node { id: Int child: Node }", ("Query.node", Value(new object())), ("Node.child", Value(new object())), ("Node.id", Value(1)));
        var query = "{ node { " + string.Concat(Enumerable.Repeat("child { ", depth)) + "id" + new string('}', depth + 2);

        var json = await Task.Run(() => RunAsync(schema, query));

        Assert.Equal(depth + 1, json.Split("\"child\"").Length);
        Assert.EndsWith("\"id\":1" + new string('}', depth + 3), json, StringComparison.Ordinal);
    }
}
