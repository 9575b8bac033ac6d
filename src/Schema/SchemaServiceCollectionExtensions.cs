using BpjsTk.Data.Ingestion;
using BpjsTk.Schema.Coverage;
using BpjsTk.Schema.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace BpjsTk.Schema;

/// <summary>What the host registers for the schema: the schema itself and the reporting validators.</summary>
public static class SchemaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the built <see cref="GraphQL.Types.Schema"/> as a singleton, EF Core execution for its paged lists, the FluentValidation validators
    /// and what the write mutations use (the clock and the data-change notifier).
    /// The host registers <c>IDbContextFactory&lt;BpjsTkDbContext&gt;</c> itself (AddBpjsTkDatabase).
    /// </summary>
    public static IServiceCollection AddBpjsTkSchema(this IServiceCollection services)
    {
        services.AddSingleton(_ => BpjsTkSchema.Build());
        services.AddEfQueryExecution();
        services.AddScoped<RequestDbContexts>();
        services.AddSingleton<IValidator<CoverageRequest>, CoverageRequestValidator>();
        services.AddIngestion();
        return services;
    }
}
