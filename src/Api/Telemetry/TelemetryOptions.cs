namespace BpjsTk.Api.Telemetry;

/// <summary>Where traces and metrics go, bound from the <c>Telemetry</c> configuration section; nothing is exported by default.</summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The OTLP exporter's settings; export is off while <see cref="OtlpOptions.Endpoint"/> is empty.</summary>
    public OtlpOptions Otlp { get; set; } = new();

    /// <summary>Writes every finished span to the log (category <c>BpjsTk.Telemetry</c>), for development without a collector.</summary>
    public bool Console { get; set; }

    /// <summary>The <c>service.name</c> resource attribute the exported data carries.</summary>
    public string ServiceName { get; set; } = "bpjstk-api";
}
