using BpjsTk.GraphQL.Types;
using static BpjsTk.GraphQL.Tests.Execution.ExecutionHarness;

namespace BpjsTk.GraphQL.Tests.Execution.Processing;

public sealed class AbstractTypeTests
{
    private const string Sdl = """
        type Query { participants: [Participant!]!  search: [SearchResult!]!  office: Office }
        interface Participant { nik: String! }
        type Worker implements Participant { nik: String!  employer: String }
        type Informal implements Participant { nik: String!  occupation: String }
        type Office { code: String }
        union SearchResult = Worker | Office
        """;

    private sealed record Worker(string Nik, string Employer);

    private sealed record Informal(string Nik, string Occupation);

    private sealed record Office(string Code);

    private static Schema Build(Func<SchemaBuilder, SchemaBuilder>? configure = null) => Schema(
        Sdl,
        b => (configure ?? (x => x))(b.BindType("Worker", typeof(Worker)).BindType("Informal", typeof(Informal)).BindType("Office", typeof(Office))),
        ("Query.participants", Value(new object[] { new Worker("317101", "PT Maju"), new Informal("317102", "Ojek") })),
        ("Query.search", Value(new object[] { new Office("JKT01"), new Worker("317101", "PT Maju") })),
        ("Query.office", Value(new Office("JKT01"))));

    [Fact]
    public async Task Interface_values_resolve_to_their_object_type_and_apply_matching_fragments()
    {
        const string query = """
            { participants { __typename nik ... on Worker { employer } ...InformalFields } }
            fragment InformalFields on Informal { occupation }
            """;

        var json = await RunAsync(Build(), query);

        Assert.Equal(
            """{"data":{"participants":[{"__typename":"Worker","nik":"317101","employer":"PT Maju"},{"__typename":"Informal","nik":"317102","occupation":"Ojek"}]}}""",
            json);
    }

    [Fact]
    public async Task Union_values_resolve_with_fragments_on_the_union_its_members_and_an_interface()
    {
        const string query = "{ search { __typename ... on Participant { nik } ... on Office { code } ... on SearchResult { ... on Worker { employer } } } }";

        var json = await RunAsync(Build(), query);

        Assert.Equal(
            """{"data":{"search":[{"__typename":"Office","code":"JKT01"},{"__typename":"Worker","nik":"317101","employer":"PT Maju"}]}}""",
            json);
    }

    [Fact]
    public async Task A_type_resolver_on_the_abstract_type_decides_the_runtime_type()
    {
        var schema = Build(b => b.BindTypeResolver("Participant", (context, _) => context.Schema.GetType<ObjectType>("Informal")));

        var json = await RunAsync(schema, "{ participants { __typename } }");

        Assert.Equal("""{"data":{"participants":[{"__typename":"Informal"},{"__typename":"Informal"}]}}""", json);
    }

    [Fact]
    public async Task A_runtime_type_outside_the_abstract_type_is_a_field_error()
    {
        var schema = Build(b => b.BindTypeResolver("Participant", (context, _) => context.Schema.GetType<ObjectType>("Office")));

        var result = await ExecuteAsync(schema, Prepare("{ office { code } participants { __typename } }"));

        // participants is [Participant!]!: the failure nulls the whole response's data
        Assert.Equal("null", NullPropagationTests.DataOf(result.ToJson()));
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.Equal("Runtime Object type \"Office\" is not a possible type for \"Participant\".", e.Message));
    }

    [Fact]
    public async Task A_value_no_type_claims_is_a_field_error_naming_the_abstract_type()
    {
        var schema = Schema(Sdl, ("Query.participants", Value(new object[] { "stranger" })));

        var result = await ExecuteAsync(schema, Prepare("{ participants { nik } }"));

        Assert.StartsWith("Abstract type \"Participant\" must resolve to an Object type at runtime for field \"Query.participants\".", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typename_answers_on_the_root_and_on_objects()
    {
        var json = await RunAsync(Build(), "{ __typename office { __typename t: __typename } }");

        Assert.Equal("""{"data":{"__typename":"Query","office":{"__typename":"Office","t":"Office"}}}""", json);
    }
}
