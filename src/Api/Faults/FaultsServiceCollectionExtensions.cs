namespace BpjsTk.Api.Faults;

/// <summary>Graceful shutdown and database outages: the host's answers when it, not the request, is the problem.</summary>
internal static class FaultsServiceCollectionExtensions
{
    public const string ShutdownTimeoutKey = "Hosting:ShutdownTimeout";

    /// <summary>How long stopping waits for requests in flight (default 30 s, the execution timeout's default, so a request that may run can finish).</summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddBpjsTkFaults(this IServiceCollection services, IConfiguration configuration)
    {
        var timeout = configuration.GetValue(ShutdownTimeoutKey, DefaultShutdownTimeout);
        services.Configure<HostOptions>(host => host.ShutdownTimeout = timeout);
        return services;
    }

    /// <summary>First in the pipeline: refuse new work while stopping, and answer database outages with 503.</summary>
    public static IApplicationBuilder UseBpjsTkFaults(this IApplicationBuilder app) =>
        app.UseMiddleware<ShutdownGateMiddleware>().UseMiddleware<DatabaseUnavailableMiddleware>();
}
