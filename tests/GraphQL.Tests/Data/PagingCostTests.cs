using BpjsTk.GraphQL.Data;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities.CostAnalysis;

namespace BpjsTk.GraphQL.Tests.Data;

public sealed class PagingCostTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddSdl(CostDirectives.Sdl)
        .AddQueryType(q => q.Field("towns").UsePaging<Town>(new PagingOptions { MaxPageSize = 100 })
            .Resolve(_ => new ValueTask<object?>(DataSchema.Sample().Towns.AsQueryable())))
        .AddObjectType<Town>()
        .AddDataFeatures()
        .Build();

    [Fact]
    public void Cost_of_a_page_grows_with_first_and_assumes_the_default_page_without_it()
    {
        Assert.True(Cost("{ towns(first: 10) { nodes { country { name } } } }") < Cost("{ towns(first: 40) { nodes { country { name } } } }"));
        // without first the field returns its default page (50 rows), not its maximum (100)
        Assert.Equal(Cost("{ towns(first: 50) { nodes { country { name } } } }"), Cost("{ towns { nodes { country { name } } } }"));
    }

    private static double Cost(string query)
    {
        var document = GraphQLParser.Parse(query);
        return CostAnalyzer.Analyze(Schema, document, document.Definitions.OfType<OperationDefinitionNode>().Single()).Cost;
    }
}
