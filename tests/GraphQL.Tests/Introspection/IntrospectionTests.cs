using System.Text.Encodings.Web;
using System.Text.Json;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Tests.Execution;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;
using BpjsTk.GraphQL.Validation;

namespace BpjsTk.GraphQL.Tests.Introspection;

public sealed class IntrospectionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl(KitchenSinkSchema.Sdl).Build();

    private static readonly string[] DescendingOnly = ["DESC"];

    [Fact]
    public void Introspection_queries_of_graphql_js_are_valid_against_a_built_schema()
    {
        var minimal = SchemaBuilder.New().AddQueryType(d => d.Field("a").Type("Int")).Build();

        foreach (var schema in new[] { Schema, minimal })
        {
            Assert.Empty(DocumentValidator.Validate(schema, GraphQLParser.Parse(IntrospectionQuery.Get(IntrospectionQueryOptions.Full))));
            Assert.Empty(DocumentValidator.Validate(schema, GraphQLParser.Parse(IntrospectionQuery.Get())));
        }
    }

    [Fact]
    public async Task Deprecated_fields_are_listed_only_when_include_deprecated_is_true()
    {
        var response = await RunAsync(Schema, """
            { hidden: __type(name: "Root") { fields { name } } shown: __type(name: "Root") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }
            """);

        Assert.Contains("\"hidden\":{\"fields\":[{\"name\":\"node\"},{\"name\":\"regions\"},{\"name\":\"search\"},{\"name\":\"nested\"},{\"name\":\"since\"},{\"name\":\"raw\"}]", response, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"old\",\"isDeprecated\":true,\"deprecationReason\":\"Use `regions`.\"}", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deprecated_arguments_input_fields_and_enum_values_follow_include_deprecated()
    {
        var response = await RunAsync(Schema, """
            {
              filter: __type(name: "RegionFilter") { a: inputFields { name } b: inputFields(includeDeprecated: true) { name } }
              category: __type(name: "Category") { a: enumValues { name } b: enumValues(includeDeprecated: true) { name deprecationReason } }
            }
            """);

        Assert.Contains("\"a\":[{\"name\":\"nameContains\"},{\"name\":\"codes\"},{\"name\":\"category\"},{\"name\":\"nested\"}]", response, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"legacyCode\"}]", response, StringComparison.Ordinal);
        Assert.Contains("\"a\":[{\"name\":\"PU\"},{\"name\":\"BPU\"}]", response, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"PMI\",\"deprecationReason\":\"No longer supported\"}", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meta_fields_answer_on_the_query_root_but_are_not_listed_in_its_fields()
    {
        var response = await RunAsync(Schema, """
            { __typename __schema { queryType { name } } __type(name: "Root") { fields(includeDeprecated: true) { name } } }
            """);

        Assert.StartsWith("{\"data\":{\"__typename\":\"Root\",\"__schema\":{\"queryType\":{\"name\":\"Root\"}}", response, StringComparison.Ordinal);
        Assert.DoesNotContain("\"name\":\"__", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_type_name_gives_null()
    {
        var response = await RunAsync(Schema, """{ __type(name: "Nope") { name } }""");

        Assert.Equal("{\"data\":{\"__type\":null}}", response);
    }

    [Fact]
    public async Task Wrapped_types_unwrap_through_of_type()
    {
        var response = await RunAsync(Schema, """
            { __type(name: "Root") { fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
            """);

        Assert.Contains(
            "{\"name\":\"nested\",\"type\":{\"kind\":\"NON_NULL\",\"name\":null,\"ofType\":{\"kind\":\"LIST\",\"name\":null,\"ofType\":{\"kind\":\"LIST\",\"name\":null,\"ofType\":{\"kind\":\"NON_NULL\",\"name\":null}}}}}",
            response,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scalars_one_of_inputs_and_repeatable_directives_describe_themselves()
    {
        var response = await RunAsync(Schema, """
            {
              instant: __type(name: "Instant") { kind specifiedByURL }
              searchBy: __type(name: "SearchBy") { kind isOneOf }
              filter: __type(name: "RegionFilter") { isOneOf }
              area: __type(name: "Area") { interfaces { name } possibleTypes { name } }
              __schema { directives { name isRepeatable locations } }
            }
            """);

        Assert.Contains("\"instant\":{\"kind\":\"SCALAR\",\"specifiedByURL\":\"https://scalars.graphql.org/andimarek/date-time\"}", response, StringComparison.Ordinal);
        Assert.Contains("\"searchBy\":{\"kind\":\"INPUT_OBJECT\",\"isOneOf\":true}", response, StringComparison.Ordinal);
        Assert.Contains("\"filter\":{\"isOneOf\":false}", response, StringComparison.Ordinal);
        Assert.Contains("\"area\":{\"interfaces\":[{\"name\":\"Place\"},{\"name\":\"Node\"}],\"possibleTypes\":[{\"name\":\"Region\"}]}", response, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"audit\",\"isRepeatable\":true,\"locations\":[\"SCHEMA\",\"OBJECT\",", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_values_are_printed_as_graphql_literals()
    {
        var response = await RunAsync(Schema, """
            { __type(name: "EnrolInput") { inputFields { name defaultValue } } }
            """);

        Assert.Contains("{\"name\":\"nik\",\"defaultValue\":null}", response, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"programmes\",\"defaultValue\":\"[PU]\"}", response, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"options\",\"defaultValue\":\"{ a: [1, 2.5, \\\"x\\\", true, null], b: { c: ENUM_LIKE } }\"}", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_first_default_values_are_printed_as_graphql_literals()
    {
        var schema = SchemaBuilder.New()
            .AddEnumType(d =>
            {
                d.Name("Sort");
                d.Value("ASC");
                d.Value("DESC");
            })
            .AddQueryType(d => d.Field("regions").Type("[String]")
                .Argument("first", a => a.Type("Int").DefaultValue(10))
                .Argument("sort", a => a.Type("[Sort!]").DefaultValue(DescendingOnly))
                .Argument("name", a => a.Type("String").DefaultValue("Jawa \"Timur\"")))
            .Build();

        var response = await RunAsync(schema, """{ __type(name: "Query") { fields { args { name defaultValue } } } }""");

        Assert.Contains(
            "[{\"name\":\"first\",\"defaultValue\":\"10\"},{\"name\":\"sort\",\"defaultValue\":\"[DESC]\"},{\"name\":\"name\",\"defaultValue\":\"\\\"Jawa \\\\\\\"Timur\\\\\\\"\\\"\"}]",
            response,
            StringComparison.Ordinal);
    }

    // re-printed without escaping backticks and quotes as \u00XX, so the expectations read like the SDL
    private static async Task<string> RunAsync(Schema schema, string query)
    {
        using var response = JsonDocument.Parse(await ExecutionHarness.RunAsync(schema, query));
        return JsonSerializer.Serialize(response.RootElement, RelaxedJson);
    }

    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
