using BpjsTk.GraphQL.Execution;
using static BpjsTk.GraphQL.Tests.Execution.ExecutionHarness;

namespace BpjsTk.GraphQL.Tests.Execution.Processing;

public sealed class FieldErrorTests
{
    private const string Sdl = """
        type Query { count: Int  status: Status  name: String  items: [Int] }
        enum Status { ACTIVE INACTIVE }
        """;

    [Fact]
    public async Task An_unexpected_exception_is_masked_and_kept_on_the_error_for_the_host()
    {
        var failure = new InvalidOperationException("connection string Password=secret");
        var schema = ExecutionHarness.Schema(Sdl, ("Query.name", _ => throw failure));

        var result = await ExecuteAsync(schema, Prepare("{ name }"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected Execution Error", error.Message);
        Assert.Equal(ErrorCodes.InternalError, error.Code);
        Assert.Same(failure, error.Exception);
        Assert.DoesNotContain("secret", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_graphql_exception_reaches_the_user_with_its_message_code_and_the_field_path()
    {
        var schema = ExecutionHarness.Schema(Sdl, ("Query.name", _ => throw new GraphQLException(GraphQLError.WithCode("Employer NPP 123 is not yours to see.", "FORBIDDEN"))));

        var json = await RunAsync(schema, "{ name }");

        Assert.Equal("""{"errors":[{"message":"Employer NPP 123 is not yours to see.","locations":[{"line":1,"column":3}],"path":["name"],"extensions":{"code":"FORBIDDEN"}}],"data":{"name":null}}""", json);
    }

    [Fact]
    public async Task A_value_the_scalar_cannot_serialize_is_a_result_coercion_error()
    {
        var schema = ExecutionHarness.Schema(Sdl, ("Query.count", Value("many")), ("Query.name", Value("ok")));

        var result = await ExecuteAsync(schema, Prepare("{ count name }"));

        Assert.Equal("""{"count":null,"name":"ok"}""", NullPropagationTests.DataOf(result.ToJson()));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.ResultCoercion, error.Code);
        Assert.Equal(["count"], error.Path!);
    }

    [Fact]
    public async Task An_enum_value_outside_the_enum_is_a_result_coercion_error_and_known_ones_serialize_by_name()
    {
        var bad = ExecutionHarness.Schema(Sdl, ("Query.status", Value("DELETED")));
        var good = ExecutionHarness.Schema(Sdl, ("Query.status", Value("ACTIVE")));

        var badResult = await ExecuteAsync(bad, Prepare("{ status }"));

        Assert.Equal(ErrorCodes.ResultCoercion, Assert.Single(badResult.Errors).Code);
        Assert.Equal("""{"data":{"status":"ACTIVE"}}""", await RunAsync(good, "{ status }"));
    }

    [Fact]
    public async Task Errors_reported_by_a_resolver_carry_its_path_and_the_field_still_resolves()
    {
        var schema = ExecutionHarness.Schema(Sdl, ("Query.name", Sync(c =>
        {
            c.ReportError(GraphQLError.WithCode("Partial data: one office is offline.", "PARTIAL"));
            return "Jakarta";
        })));

        var json = await RunAsync(schema, "{ name }");

        Assert.Equal("""{"errors":[{"message":"Partial data: one office is offline.","locations":[{"line":1,"column":3}],"path":["name"],"extensions":{"code":"PARTIAL"}}],"data":{"name":"Jakarta"}}""", json);
    }

    [Fact]
    public async Task The_response_carries_at_most_max_errors_and_says_so()
    {
        var schema = ExecutionHarness.Schema(Sdl, ("Query.items", Value(Enumerable.Range(0, 10).Select(i => (object)"x").ToArray())));

        var result = await ExecuteAsync(schema, Prepare("{ items }"), options: ExecutionOptions.Default with { MaxErrors = 3 });

        Assert.Equal(4, result.Errors.Count);
        Assert.Equal(ErrorCodes.MaxErrors, result.Errors[^1].Code);
    }

    [Fact]
    public async Task An_argument_that_does_not_coerce_is_a_field_error_with_code_bad_user_input()
    {
        var schema = ExecutionHarness.Schema("type Query { page(size: Int!): Int  other: Int }", ("Query.page", Sync(c => c.ArgumentValue<int>("size"))), ("Query.other", Value(1)));

        var result = await ExecuteAsync(schema, Prepare("query ($s: Int) { page(size: $s) other }"), new Dictionary<string, object?> { ["s"] = null });

        Assert.Equal("""{"page":null,"other":1}""", NullPropagationTests.DataOf(result.ToJson()));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal(["page"], error.Path!);
    }
}
