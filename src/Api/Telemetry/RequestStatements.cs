namespace BpjsTk.Api.Telemetry;

/// <summary>How many SQL statements one request has sent so far (thread-safe: sibling fields query concurrently).</summary>
internal sealed class RequestStatements
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
