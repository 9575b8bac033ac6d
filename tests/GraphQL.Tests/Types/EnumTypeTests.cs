using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Tests.Types;

public sealed class EnumTypeTests
{
    [Fact]
    public void Serializing_an_unknown_string_shows_it_quoted_as_graphql_js_inspects_it()
    {
        var schema = SchemaBuilder.FromSdl("type Query { color: Color } enum Color { RED }").Build();

        var error = Assert.Throws<GraphQLException>(() => schema.GetType<EnumType>("Color").Serialize("PURPLE"));

        Assert.Equal("Enum \"Color\" cannot represent value: \"PURPLE\"", error.Message);
    }
}
