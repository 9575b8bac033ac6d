using Microsoft.Extensions.Logging;

namespace BpjsTk.Api.Tests.TestHost;

internal sealed record CapturedLog(string Category, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values)
{
    public LogLevel Level { get; init; }

    public Exception? Exception { get; init; }
}
