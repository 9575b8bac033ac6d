using BpjsTk.GraphQL.Tests.Execution;
using BpjsTk.GraphQL.Tests.Utilities;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Tests.Introspection;

public sealed class IntrospectionDifferentialTests
{
    [GraphQLJsFact]
    public async Task Kitchen_sink_introspection_equals_graphql_js_introspection_from_schema()
    {
        foreach (var sdl in KitchenSinkSchema.All)
        {
            var schema = SchemaBuilder.FromSdl(sdl).Build();

            var response = await ExecutionHarness.RunAsync(schema, IntrospectionQuery.Get(IntrospectionQueryOptions.Full));

            var expected = await GraphQLJs.RunWithFileAsync("introspect", sdl);
            var actual = await GraphQLJs.RunWithFileAsync("canonical", response);
            Assert.Equal(expected, actual);
        }
    }

    [GraphQLJsFact]
    public async Task Introspection_of_the_printed_schema_equals_graphql_js_for_the_same_text()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(KitchenSinkSchema.Sdl).Build());
        var reparsed = SchemaBuilder.FromSdl(printed).Build();

        var response = await ExecutionHarness.RunAsync(reparsed, IntrospectionQuery.Get(IntrospectionQueryOptions.Full));

        Assert.Equal(await GraphQLJs.RunWithFileAsync("introspect", printed), await GraphQLJs.RunWithFileAsync("canonical", response));
    }
}
