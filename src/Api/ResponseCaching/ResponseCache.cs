using BpjsTk.Data.Ingestion;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.ResponseCaching;

/// <summary>
/// Answers of reporting queries, reused for <see cref="ResponseCacheOptions.Duration"/> within this process. Only a query
/// whose every root field is a <see cref="CacheableRootFields"/> member and that ran without errors is kept, so membership
/// checks (audited, per client) and mutations always execute. <see cref="Clear"/> empties it when data changes.
/// </summary>
internal sealed class ResponseCache : IDisposable
{
    private readonly ResponseCacheOptions _options;
    private readonly IReadOnlySet<string> _cacheable;
    private readonly MemoryCache _entries;
    private readonly IDisposable? _subscription;
    private readonly ResponseFlights _flights = new();
    private long _generation;

    public ResponseCache(IOptions<ResponseCacheOptions> options, CacheableRootFields? cacheable = null, IDataChangeNotifier? changes = null)
    {
        // Every committed write through this process empties the cache.
        _subscription = changes?.Subscribe(_ => Clear());
        _options = options.Value;
        _cacheable = cacheable?.Names ?? new HashSet<string>();
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxBytes });
    }

    /// <summary>True when the cache is on and some root field can be cached at all.</summary>
    public bool IsEnabled => _options.Enabled && _options.Duration > TimeSpan.Zero && _cacheable.Count > 0;

    /// <summary>Looks <paramref name="key"/> up; <paramref name="generation"/> is what <see cref="Store"/> needs if the request executes.</summary>
    public bool TryGet(string key, out CachedResponse response, out long generation)
    {
        generation = Interlocked.Read(ref _generation);
        return _entries.TryGetValue(key, out response!);
    }

    /// <summary>
    /// After a miss: leads the computation of <paramref name="key"/>'s answer, or waits (at most
    /// <see cref="ResponseCacheOptions.CoalescingWait"/>) for the identical request computing it since the same
    /// <paramref name="generation"/>, so an answer that may predate a write is never shared with a request that came after it.
    /// </summary>
    public async Task<(ResponseFlight? Lead, CachedResponse? Shared)> JoinAsync(string key, long generation, CancellationToken cancellationToken)
    {
        var flightKey = string.Concat(key, ":", generation.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (lead, shared) = await _flights.JoinAsync(flightKey, _options.CoalescingWait, cancellationToken);
        // A flight that landed between this request's miss and its join has stored its answer: no need to run it again.
        if (lead is not null && _entries.TryGetValue(key, out CachedResponse? stored) && stored is not null)
        {
            lead.Share(stored);
            return (null, stored);
        }

        return (lead, shared);
    }

    /// <summary>True when <paramref name="result"/> may be stored: a query without errors whose every root field is cacheable.</summary>
    public bool MayStore(ExecutionResult result) =>
        IsEnabled
        && result is { IsRequestError: false, OperationType: OperationType.Query, Errors.Count: 0, RootFields.Count: > 0 }
        && result.RootFields.All(_cacheable.Contains);

    /// <summary>Keeps an answer computed since <paramref name="generation"/>, unless the cache was cleared meanwhile (its figures may predate a write).</summary>
    public void Store(string key, CachedResponse response, long generation)
    {
        if (response.Body.Length > _options.MaxEntryBytes || generation != Interlocked.Read(ref _generation))
        {
            return;
        }

        _entries.Set(key, response, new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = _options.Duration,
            Size = response.Body.Length,
        });
        if (generation != Interlocked.Read(ref _generation))
        {
            // Cleared between the check and the store.
            _entries.Remove(key);
        }
    }

    /// <summary>Drops every answer; call after data is written so no reader sees figures older than the write.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _entries.Dispose();
    }
}
