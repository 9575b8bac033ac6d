using BpjsTk.GraphQL.Types;
using static BpjsTk.GraphQL.Tests.Execution.ExecutionHarness;

namespace BpjsTk.GraphQL.Tests.Execution.Processing;

public sealed class ListCompletionTests
{
    private const string Sdl = """
        type Query { counts: [Int!]! codes: [String] employers: [Employer!]! }
        type Employer { npp: String! }
        """;

    private static IEnumerable<string?> Codes()
    {
        yield return "B";
        yield return null;
        yield return "A";
    }

    [Fact]
    public async Task Lists_of_values_and_lazy_sequences_complete_every_item_in_order()
    {
        var schema = Schema(
            Sdl,
            ("Query.counts", Value(new List<int> { 3, 1, 2 })),
            ("Query.codes", Sync(_ => Codes())),
            ("Query.employers", Value(new HashSet<Dictionary<string, object?>> { new() { ["npp"] = "N1" }, new() { ["npp"] = "N2" } })));

        var json = await RunAsync(schema, "{ counts codes employers { npp } }");

        Assert.Equal("""{"data":{"counts":[3,1,2],"codes":["B",null,"A"],"employers":[{"npp":"N1"},{"npp":"N2"}]}}""", json);
    }

    [Fact]
    public async Task A_null_item_of_a_list_read_in_place_is_reported_at_its_index()
    {
        var schema = Schema(Sdl, ("Query.employers", Value(new object?[] { new Dictionary<string, object?> { ["npp"] = "N1" }, null })));

        var result = await ExecuteAsync(schema, Prepare("{ employers { npp } }"));

        Assert.Equal(new object[] { "employers", 1 }, Assert.Single(result.Errors).Path!);
    }
}
