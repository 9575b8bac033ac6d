using System.Text.Json;
using BpjsTk.GraphQL.Data;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Tests.Data;

/// <summary>A schema over towns and countries held in memory, with every data feature switched on.</summary>
internal sealed class DataSchema
{
    public DataSchema(IReadOnlyList<Country> countries, PagingOptions? paging = null)
    {
        Countries = countries;
        Towns = countries.SelectMany(c => c.Towns).ToList();
        Schema = SchemaBuilder.New()
            .AddQueryType(q =>
            {
                q.Field("towns").UsePaging<Town>(paging).UseProjection<Town>().UseFiltering<Town>().UseSorting<Town>()
                    .Resolve(_ => new ValueTask<object?>(Towns.AsQueryable()));
                q.Field("townSegment").UseOffsetPaging<Town>(paging).UseFiltering<Town>().UseSorting<Town>()
                    .Resolve(_ => new ValueTask<object?>(Towns.AsQueryable()));
                q.Field("countries").UseProjection<Country>().UseFiltering<Country>().UseSorting<Country>()
                    .Resolve(_ => new ValueTask<object?>(Countries.AsQueryable()));
            })
            .AddObjectType<Town>()
            .AddObjectType<Country>()
            .AddDataFeatures()
            .Build();
    }

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<Town> Towns { get; }

    public Schema Schema { get; }

    public static DataSchema Sample()
    {
        var indonesia = new Country { Id = 1, Name = "Indonesia" };
        var malaysia = new Country { Id = 2, Name = "Malaysia" };
        string[] names = ["Jember", "Lumajang", "Bondowoso", "Rembang", "Samarinda", "Palembang"];
        for (var i = 0; i < names.Length; i++)
        {
            indonesia.Towns.Add(new Town { Id = i + 1, Name = names[i], Population = (i + 1) * 100, Kind = i % 2 == 0 ? TownKind.City : TownKind.Village, Founded = new DateOnly(1900 + i, 1, 1), Country = indonesia });
        }

        malaysia.Towns.Add(new Town { Id = 7, Name = "Kuching", Population = 300, Kind = TownKind.City, Founded = new DateOnly(1950, 1, 1), Country = malaysia });
        return new DataSchema([indonesia, malaysia]);
    }

    public async Task<JsonElement> RunAsync(string query, IServiceProvider? services = null)
    {
        var result = await GraphQLExecutor.ExecuteAsync(Schema, GraphQLParser.Parse(query), options: ExecutionOptions.Default with { Services = services });
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }
}
