using BpjsTk.GraphQL.Types;
using static BpjsTk.GraphQL.Tests.Execution.ExecutionHarness;

namespace BpjsTk.GraphQL.Tests.Execution.Processing;

public sealed class NullPropagationTests
{
    private const string Sdl = """
        type Query {
          nullable: Employer
          required: Employer!
          employers: [Employer]
          strictItems: [Employer!]
          strictList: [Employer!]!
        }
        type Employer { name: String  npp: String!  tags: [String!] }
        """;

    private static readonly FieldResolver Boom = _ => throw new InvalidOperationException("database is down");

    private static Schema Build(object? employer) => Schema(
        Sdl,
        ("Query.nullable", Value(employer)),
        ("Query.required", Value(employer)),
        ("Query.employers", Value(new[] { employer, employer })),
        ("Query.strictItems", Value(new[] { employer, employer })),
        ("Query.strictList", Value(new[] { employer, employer })));

    private static Dictionary<string, object?> Employer(object? npp, object? name = null) => new() { ["name"] = name ?? "PT Maju", ["npp"] = npp };

    [Fact]
    public async Task A_failing_nullable_field_becomes_null_with_one_error_at_its_path()
    {
        var schema = Schema(Sdl, ("Query.nullable", Value(Employer("NPP1"))), ("Employer.name", Boom));

        var json = await RunAsync(schema, "{ nullable { name npp } }");

        var errorId = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("errorId").GetString();
        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":14}],"path":["nullable","name"],"extensions":{"code":"INTERNAL_SERVER_ERROR","errorId":""" + "\"" + errorId + "\"" + """}}],"data":{"nullable":{"name":null,"npp":"NPP1"}}}""",
            json);
    }

    [Fact]
    public async Task A_null_non_null_field_nulls_its_nullable_parent_and_is_reported_once()
    {
        var json = await RunAsync(Build(Employer(null)), "{ nullable { name npp } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Employer.npp.","locations":[{"line":1,"column":19}],"path":["nullable","npp"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"nullable":null}}""",
            json);
    }

    [Fact]
    public async Task A_null_reaching_a_non_null_root_field_makes_data_null()
    {
        var json = await RunAsync(Build(Employer(null)), "{ required { npp } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Employer.npp.","locations":[{"line":1,"column":14}],"path":["required","npp"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}""",
            json);
    }

    [Fact]
    public async Task A_failing_item_of_a_nullable_item_list_becomes_null_and_the_path_has_the_index()
    {
        var schema = Schema(Sdl, ("Query.employers", Value(new object?[] { Employer("NPP1"), Employer(null) })));

        var result = await ExecuteAsync(schema, Prepare("{ employers { npp } }"));

        Assert.Equal("""{"employers":[{"npp":"NPP1"},null]}""", DataOf(result.ToJson()));
        var error = Assert.Single(result.Errors);
        Assert.Equal(["employers", 1, "npp"], error.Path!);
        Assert.IsType<int>(error.Path![1]);
    }

    [Fact]
    public async Task A_failing_item_of_a_non_null_item_list_nulls_the_whole_list()
    {
        var schema = Schema(Sdl, ("Query.strictItems", Value(new object?[] { Employer("NPP1"), Employer(null) })));

        var result = await ExecuteAsync(schema, Prepare("{ strictItems { npp } }"));

        Assert.Equal("""{"strictItems":null}""", DataOf(result.ToJson()));
        Assert.Equal(["strictItems", 1, "npp"], Assert.Single(result.Errors).Path!);
    }

    [Fact]
    public async Task A_null_item_in_a_non_null_list_of_non_null_items_propagates_to_data()
    {
        var schema = Schema(Sdl, ("Query.strictList", Value(new object?[] { Employer("NPP1"), null })));

        var result = await ExecuteAsync(schema, Prepare("{ strictList { npp } }"));

        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Query.strictList.","locations":[{"line":1,"column":3}],"path":["strictList",1],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}""", result.ToJson());
    }

    [Fact]
    public async Task Leaf_lists_null_on_a_null_non_null_item_and_keep_their_siblings()
    {
        var schema = Schema(Sdl, ("Query.nullable", Value(new Dictionary<string, object?> { ["name"] = "A", ["npp"] = "N", ["tags"] = new[] { "x", null } })));

        var json = await RunAsync(schema, "{ nullable { tags name } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Employer.tags.","locations":[{"line":1,"column":14}],"path":["nullable","tags",1],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"nullable":{"tags":null,"name":"A"}}}""",
            json);
    }

    [Fact]
    public async Task A_list_field_given_a_non_list_value_is_a_field_error()
    {
        var schema = Schema(Sdl, ("Query.employers", Value("not a list")));

        var result = await ExecuteAsync(schema, Prepare("{ employers { npp } }"));

        Assert.Equal("""{"employers":null}""", DataOf(result.ToJson()));
        Assert.Equal("Expected Iterable, but did not find one for field \"Query.employers\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task An_async_stream_completes_as_a_list()
    {
        var schema = Schema(Sdl, ("Query.employers", Value(Stream())));

        var json = await RunAsync(schema, "{ employers { npp } }");

        Assert.Equal("""{"data":{"employers":[{"npp":"A"},{"npp":"B"}]}}""", json);

        static async IAsyncEnumerable<object> Stream()
        {
            await Task.Yield();
            yield return Employer("A");
            yield return Employer("B");
        }
    }

    internal static string DataOf(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("data").GetRawText();
    }
}
