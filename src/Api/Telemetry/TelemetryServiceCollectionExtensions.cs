namespace BpjsTk.Api.Telemetry;

/// <summary>Registers the SQL statement counter and the OpenTelemetry export.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddBpjsTkTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TelemetryOptions>(configuration.GetSection(TelemetryOptions.SectionName));
        services.AddSingleton<SqlStatementCounter>();
        services.AddHostedService<TelemetryExport>();
        return services;
    }
}
