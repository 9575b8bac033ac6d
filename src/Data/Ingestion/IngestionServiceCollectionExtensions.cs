using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BpjsTk.Data.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// The writer and change log per scope (they use the scope's <see cref="BpjsTkDbContext"/>), one notifier for the process.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDataChangeNotifier, DataChangeNotifier>();
        services.TryAddScoped<CoverageFigureWriter>();
        services.TryAddScoped<DataChangeLog>();
        return services;
    }
}
