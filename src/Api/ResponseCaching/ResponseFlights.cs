using System.Collections.Concurrent;

namespace BpjsTk.Api.ResponseCaching;

/// <summary>
/// Single flight per cache key: while one request computes a cacheable answer, identical requests wait for it instead of
/// running the same SQL again (after ingestion empties the cache, a dashboard's many viewers would otherwise all recompute).
/// A waiter stops waiting at its own cancellation or after <see cref="ResponseCacheOptions.CoalescingWait"/> and then
/// executes itself; it never cancels the flight. A flight that ends without a cacheable answer (errors, a
/// cancelled or failed leader) shares nothing: each waiter executes on its own, so errors are never handed on.
/// </summary>
internal sealed class ResponseFlights
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<CachedResponse?>> _flights = new(StringComparer.Ordinal);
    private int _waiting;

    /// <summary>Requests waiting on another's flight right now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>
    /// Leads the flight of <paramref name="key"/> (the result has a <see cref="ResponseFlight"/> that the caller must
    /// dispose after completing it) or waits for the one in progress (the result has its answer, or neither when the
    /// caller should execute by itself).
    /// </summary>
    public async Task<(ResponseFlight? Lead, CachedResponse? Shared)> JoinAsync(string key, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var mine = new TaskCompletionSource<CachedResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = _flights.GetOrAdd(key, mine);
        if (ReferenceEquals(running, mine))
        {
            return (new ResponseFlight(this, key, mine), null);
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            return (null, await running.Task.WaitAsync(maxWait, cancellationToken));
        }
        catch (TimeoutException)
        {
            return (null, null);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    /// <summary>Ends a flight: later identical requests start a new one (or find the answer in the cache).</summary>
    internal void Land(string key, TaskCompletionSource<CachedResponse?> flight, CachedResponse? answer)
    {
        _flights.TryRemove(KeyValuePair.Create(key, flight));
        flight.TrySetResult(answer);
    }
}
