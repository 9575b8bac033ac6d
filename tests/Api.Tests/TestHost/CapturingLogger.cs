using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BpjsTk.Api.Tests.TestHost;

internal sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
        entries.Enqueue(new(category, eventId, formatter(state, exception), values.ToDictionary(pair => pair.Key, pair => pair.Value)) { Level = logLevel, Exception = exception });
    }
}
