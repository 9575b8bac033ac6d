using BpjsTk.GraphQL.Diagnostics;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BpjsTk.Api.Telemetry;

/// <summary>
/// Subscribes OpenTelemetry to the engine's and the host's sources and meters and to ASP.NET Core's built-in ones while the
/// host runs, exporting over OTLP and/or to the log as configured; stopping flushes what is buffered.
/// </summary>
internal sealed class TelemetryExport(IOptions<TelemetryOptions> options, ILoggerFactory loggers) : IHostedService, IDisposable
{
    /// <summary>ASP.NET Core's meters: request duration and active requests, Kestrel connections, rate limiting, errors.</summary>
    internal static readonly string[] AspNetCoreMeters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.RateLimiting", "Microsoft.AspNetCore.Authentication",
    ];

    private TracerProvider? _tracing;
    private MeterProvider? _metrics;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var otlp = string.IsNullOrWhiteSpace(settings.Otlp.Endpoint) ? null : new Uri(settings.Otlp.Endpoint);
        if (otlp is null && !settings.Console)
        {
            return Task.CompletedTask;
        }

        var resource = ResourceBuilder.CreateDefault().AddService(settings.ServiceName);
        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(GraphQLDiagnostics.Name, "Microsoft.AspNetCore")
            .AddProcessor(new RedactingSpanProcessor());
        if (settings.Console)
        {
            tracing.AddProcessor(new SimpleActivityExportProcessor(new LogSpanExporter(loggers.CreateLogger("BpjsTk.Telemetry"))));
        }

        if (otlp is not null)
        {
            tracing.AddOtlpExporter(exporter => Configure(exporter, otlp, settings.Otlp.Protocol, "v1/traces"));
            _metrics = Sdk.CreateMeterProviderBuilder()
                .SetResourceBuilder(resource)
                .AddMeter(GraphQLDiagnostics.Name, ApiMetrics.MeterName)
                .AddMeter(AspNetCoreMeters)
                .AddOtlpExporter(exporter => Configure(exporter, otlp, settings.Otlp.Protocol, "v1/metrics"))
                .Build();
        }

        _tracing = tracing.Build();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _tracing?.ForceFlush();
        _metrics?.ForceFlush();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _tracing?.Dispose();
        _metrics?.Dispose();
    }

    // Over HTTP each signal has its own path under the collector's address; gRPC takes the address as it is.
    private static void Configure(OpenTelemetry.Exporter.OtlpExporterOptions exporter, Uri endpoint, OpenTelemetry.Exporter.OtlpExportProtocol protocol, string httpPath)
    {
        exporter.Protocol = protocol;
        exporter.Endpoint = protocol == OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf
            ? new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + httpPath)
            : endpoint;
    }
}
