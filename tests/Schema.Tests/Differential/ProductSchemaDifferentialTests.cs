using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.Schema.Tests.Differential;

public sealed class ProductSchemaDifferentialTests
{
    [GraphQLJsFact]
    public async Task Printed_sdl_equals_graphql_js_print_schema_of_build_schema_of_it()
    {
        var sdl = SchemaPrinter.Print(BpjsTkSchema.Build());

        Assert.Equal(await GraphQLJs.RunWithFileAsync("print-schema", sdl), sdl);
    }

    [GraphQLJsFact]
    public async Task Introspection_equals_graphql_js_introspection_from_schema_of_the_printed_sdl()
    {
        var schema = BpjsTkSchema.Build();
        var sdl = SchemaPrinter.Print(schema);

        var result = await GraphQLExecutor.ExecuteAsync(schema, GraphQLParser.Parse(IntrospectionQuery.Get(IntrospectionQueryOptions.Full)));

        Assert.Empty(result.Errors);
        Assert.Equal(await GraphQLJs.RunWithFileAsync("introspect", sdl), await GraphQLJs.RunWithFileAsync("canonical", result.ToJson()));
    }
}
