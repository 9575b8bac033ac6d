using System.Text.Json;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Tests.Utilities;

public sealed class IntrospectionQueryTests
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> OptionSets { get; } = new()
    {
        "{}",
        """{"descriptions":false}""",
        """{"specifiedByUrl":true,"directiveIsRepeatable":true,"schemaDescription":true,"inputValueDeprecation":true,"experimentalDirectiveDeprecation":true,"oneOf":true}""",
        """{"schemaDescription":true,"descriptions":false,"typeDepth":3}""",
        """{"inputValueDeprecation":true,"typeDepth":0}""",
    };

    [GraphQLJsFact]
    public async Task Query_text_equals_graphql_js_get_introspection_query_for_every_option()
    {
        foreach (var json in OptionSets)
        {
            var options = JsonSerializer.Deserialize<IntrospectionQueryOptions>(json, WebJson)!;

            var expected = await GraphQLJs.RunAsync("introspection-query", json);

            Assert.Equal(expected, IntrospectionQuery.Get(options));
        }
    }

    [Fact]
    public void Default_query_asks_for_descriptions_but_not_the_newer_fields()
    {
        var text = IntrospectionQuery.Get();

        Assert.Contains("description", text, StringComparison.Ordinal);
        Assert.DoesNotContain("specifiedByURL", text, StringComparison.Ordinal);
        Assert.DoesNotContain("isOneOf", text, StringComparison.Ordinal);
        Assert.DoesNotContain("isRepeatable", text, StringComparison.Ordinal);
        GraphQLParser.Parse(text);
    }

    [Fact]
    public void Full_query_parses_and_asks_for_every_field_the_schema_can_tell()
    {
        var text = IntrospectionQuery.Get(IntrospectionQueryOptions.Full);

        GraphQLParser.Parse(text);
        foreach (var field in new[] { "specifiedByURL", "isOneOf", "isRepeatable", "args(includeDeprecated: true)", "directives(includeDeprecated: true)" })
        {
            Assert.Contains(field, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Type_depth_above_one_hundred_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IntrospectionQuery.Get(new IntrospectionQueryOptions { TypeDepth = 101 }));
    }
}
