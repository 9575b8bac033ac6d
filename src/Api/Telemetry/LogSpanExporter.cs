using System.Diagnostics;
using OpenTelemetry;

namespace BpjsTk.Api.Telemetry;

/// <summary>Writes each finished span as one log line: the development stand-in for a collector.</summary>
internal sealed partial class LogSpanExporter(ILogger logger) : BaseExporter<Activity>
{
    public override ExportResult Export(in Batch<Activity> batch)
    {
        foreach (var activity in batch)
        {
            var tags = string.Join(' ', activity.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"));
            LogSpan(logger, activity.Source.Name, activity.DisplayName, activity.Duration.TotalMilliseconds, activity.Status, tags);
        }

        return ExportResult.Success;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "span {Source} {Name} {DurationMs:0.###} ms {Status} {Tags}")]
    private static partial void LogSpan(ILogger logger, string source, string name, double durationMs, ActivityStatusCode status, string tags);
}
