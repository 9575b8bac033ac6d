using OpenTelemetry.Exporter;

namespace BpjsTk.Api.Telemetry;

/// <summary>Settings of the OTLP exporter (section <c>Telemetry:Otlp</c>).</summary>
internal sealed class OtlpOptions
{
    /// <summary>The collector's address, e.g. <c>http://otel-collector:4317</c>; empty turns export off.</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>Grpc</c> (default, port 4317) or <c>HttpProtobuf</c> (port 4318).</summary>
    public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.Grpc;
}
