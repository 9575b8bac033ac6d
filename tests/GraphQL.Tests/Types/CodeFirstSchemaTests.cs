using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Tests.Types;

public sealed class CodeFirstSchemaTests
{
    [Fact]
    public void Query_type_with_a_typed_field_and_defaulted_argument_prints_as_sdl()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Name("Query")
                .Field("hello")
                .Type("String!")
                .Argument("name", a => a.Type("String").DefaultValue("x"))
                .Resolve(ctx => "world"))
            .Build();

        Assert.Equal("type Query {\n  hello(name: String = \"x\"): String!\n}", SchemaPrinter.Print(schema));
    }
}
