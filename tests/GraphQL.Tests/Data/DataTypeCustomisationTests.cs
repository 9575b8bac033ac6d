using System.Text.Json;
using BpjsTk.GraphQL.Data;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities;

namespace BpjsTk.GraphQL.Tests.Data;

public sealed class DataTypeCustomisationTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddQueryType(q => q.Field("towns").UseFiltering<Town>().UseSorting<Town>()
            .Resolve(_ => new ValueTask<object?>(DataSchema.Sample().Towns.AsQueryable())))
        .AddObjectType<Town>()
        .ConfigureDataType<Town>(d => d.Name("Place").Ignore(t => t.Founded).Ignore(t => t.Country).Field(t => t.Population, "inhabitants"))
        .AddDataFeatures()
        .Build();

    [Fact]
    public void Configured_types_are_renamed_and_leave_ignored_properties_out()
    {
        var filter = SchemaPrinter.PrintType(Schema.GetType<InputObjectType>("PlaceFilterInput"));
        var sort = SchemaPrinter.PrintType(Schema.GetType<InputObjectType>("PlaceSortInput"));
        Assert.Contains("inhabitants: IntOperationFilterInput", filter, StringComparison.Ordinal);
        Assert.DoesNotContain("founded", filter, StringComparison.Ordinal);
        Assert.DoesNotContain("country", sort, StringComparison.Ordinal);
        Assert.False(Schema.TryGetType("TownFilterInput", out _));
    }

    [Fact]
    public async Task Renamed_fields_filter_and_sort_their_property()
    {
        var result = await GraphQLExecutor.ExecuteAsync(Schema, GraphQLParser.Parse("{ towns(where: { inhabitants: { gt: 400 } }, order: [{ inhabitants: DESC }]) { name } }"));
        var towns = JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data").GetProperty("towns");
        Assert.Equal(["Palembang", "Samarinda"], towns.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }
}
