using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BpjsTk.Api.Tests.TestHost;

/// <summary>Keeps every formatted log line with its structured values, so tests can read what operators would see.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }
}
