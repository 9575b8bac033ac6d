using BpjsTk.GraphQL.Tests.Introspection;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Tests.Utilities;

public sealed class SchemaPrinterDifferentialTests
{
    [GraphQLJsFact]
    public async Task Kitchen_sink_prints_as_graphql_js_print_schema_of_build_schema()
    {
        foreach (var sdl in KitchenSinkSchema.All)
        {
            var schema = SchemaBuilder.FromSdl(sdl).Build();

            var expected = await GraphQLJs.RunWithFileAsync("print-schema", sdl);

            Assert.Equal(expected, SchemaPrinter.Print(schema));
        }
    }
}
