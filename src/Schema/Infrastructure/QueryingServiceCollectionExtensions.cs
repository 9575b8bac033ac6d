using BpjsTk.GraphQL.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BpjsTk.Schema.Infrastructure;

/// <summary>Registers how paged, filtered and sorted fields reach the database.</summary>
public static class QueryingServiceCollectionExtensions
{
    /// <summary>Makes the engine's data features run their queries with EF Core's async operators.</summary>
    public static IServiceCollection AddEfQueryExecution(this IServiceCollection services)
    {
        services.TryAddSingleton<IAsyncQueryExecutor, EfAsyncQueryExecutor>();
        return services;
    }
}
