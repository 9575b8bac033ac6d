using BpjsTk.GraphQL.Tests.Introspection;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Tests.Utilities;

public sealed class SchemaPrinterDifferentialTests
{
    [GraphQLJsFact]
    public async Task Kitchen_sink_prints_as_graphql_js_print_schema_of_build_schema()
    {
        var schema = SchemaBuilder.FromSdl(KitchenSinkSchema.Sdl).Build();

        var expected = await GraphQLJs.RunWithFileAsync("print-schema", KitchenSinkSchema.Sdl);

        Assert.Equal(expected, SchemaPrinter.Print(schema));
    }
}
