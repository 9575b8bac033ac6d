using System.Text.Json;
using BpjsTk.Data;
using BpjsTk.Data.Employers;
using BpjsTk.Data.Geography;
using BpjsTk.GraphQL.Data;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.Schema.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BpjsTk.Schema.Tests.Querying;

/// <summary>A schema of regions, provinces, regencies and employers over the product's DbContext, with the SQL each request runs recorded.</summary>
internal sealed class GeographyQueryHost : IAsyncDisposable
{
    private readonly BpjsTkDbContext _db;
    private readonly ServiceProvider _services;

    public GeographyQueryHost(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<BpjsTkDbContext>();
        settings.Apply(options);
        options.AddInterceptors(Log);
        _db = new BpjsTkDbContext(options.Options);
        _services = new ServiceCollection().AddEfQueryExecution().BuildServiceProvider();
        Schema = SchemaBuilder.New()
            .AddQueryType(q =>
            {
                q.Field("regions").UseProjection<Region>().UseFiltering<Region>().UseSorting<Region>()
                    .Resolve(_ => new ValueTask<object?>(_db.Regions.AsNoTracking()));
                q.Field("regencies").UsePaging<Regency>().UseProjection<Regency>().UseFiltering<Regency>().UseSorting<Regency>()
                    .Resolve(_ => new ValueTask<object?>(_db.Regencies.AsNoTracking()));
                q.Field("employers").UsePaging<Employer>().UseFiltering<Employer>().UseSorting<Employer>()
                    .Resolve(_ => new ValueTask<object?>(_db.Employers.AsNoTracking().OrderBy(e => e.Npp)));
            })
            .AddObjectType<Employer>(d => d.Ignore(e => e.Office).Ignore(e => e.Regency))
            .ConfigureDataType<Employer>(d => d.Ignore(e => e.Office).Ignore(e => e.Regency))
            .AddObjectType<Region>(d => d.Ignore(r => r.Offices))
            .AddObjectType<Province>()
            .AddObjectType<Regency>()
            .AddDataFeatures()
            .Build();
    }

    public SqlCommandLog Log { get; } = new();

    public BpjsTk.GraphQL.Types.Schema Schema { get; }

    public async Task<JsonElement> RunAsync(string query)
    {
        Log.Commands.Clear();
        var result = await GraphQLExecutor.ExecuteAsync(Schema, GraphQLParser.Parse(query), options: ExecutionOptions.Default with { Services = _services });
        var json = JsonDocument.Parse(result.ToJson()).RootElement.Clone();
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json;
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        await _services.DisposeAsync();
    }
}
