namespace BpjsTk.GraphQL.Execution.DataLoading;

/// <summary>
/// A per-request loader: resolvers ask for keys and await; the executor fetches all keys asked for
/// while no resolver could make progress in one batch call, and caches each key's value for the rest
/// of the request. Get one from a resolver with <c>context.DataLoader&lt;T&gt;()</c>,
/// <c>context.BatchDataLoader(...)</c> or <c>context.GroupDataLoader(...)</c>.
/// </summary>
/// <typeparam name="TKey">The key, e.g. an entity id.</typeparam>
/// <typeparam name="TValue">The value per key; the default value for keys the batch did not return.</typeparam>
public abstract class DataLoader<TKey, TValue> : IBatchSource
    where TKey : notnull
{
    private readonly Dictionary<TKey, Promise> _cache = [];
    private readonly List<TKey> _pendingKeys = [];

    BatchScheduler? IBatchSource.Scheduler { get; set; }

    /// <summary>The value of <paramref name="key"/>, fetched with the other keys of the same dispatch, or from the request's cache.</summary>
    public Task<TValue> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var scheduler = ((IBatchSource)this).Scheduler
            ?? throw new InvalidOperationException("This loader does not belong to a request; get it from the resolver context.");
        Promise? promise;
        var schedule = false;
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out promise))
            {
                if (promise.Done)
                {
                    return promise.Completion.Task;
                }

                promise.Waiters++;
            }
            else
            {
                promise = new Promise { Waiters = 1 };
                _cache.Add(key, promise);
                _pendingKeys.Add(key);
                schedule = _pendingKeys.Count == 1;
            }
        }

        if (schedule)
        {
            scheduler.Schedule(this);
        }

        // the caller now waits on this load: it no longer counts as work that can make progress
        scheduler.Exit();
        return promise.Completion.Task;
    }

    /// <summary>The values of <paramref name="keys"/>, in the same order.</summary>
    public Task<TValue[]> LoadAsync(IReadOnlyList<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var loads = new Task<TValue>[keys.Count];
        var scheduler = ((IBatchSource)this).Scheduler
            ?? throw new InvalidOperationException("This loader does not belong to a request; get it from the resolver context.");
        using (scheduler.Defer())
        {
            for (var i = 0; i < keys.Count; i++)
            {
                loads[i] = LoadAsync(keys[i]);
            }
        }

        return Task.WhenAll(loads);
    }

    /// <summary>Fetches the values of <paramref name="keys"/> (distinct, in the order first asked for) in one call.</summary>
    protected abstract ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    async Task IBatchSource.DispatchAsync(CancellationToken cancellationToken)
    {
        TKey[] keys;
        lock (_cache)
        {
            keys = [.. _pendingKeys];
            _pendingKeys.Clear();
        }

        try
        {
            var values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
            foreach (var key in keys)
            {
                Complete(key, values.TryGetValue(key, out var value) ? value : MissingValue, null);
            }
        }
        catch (Exception e)
        {
            foreach (var key in keys)
            {
                Complete(key, default!, e);
            }

            throw;
        }
    }

    /// <summary>The value of a key the batch did not return.</summary>
    private protected virtual TValue MissingValue => default!;

    private void Complete(TKey key, TValue value, Exception? error)
    {
        Promise promise;
        int waiters;
        lock (_cache)
        {
            promise = _cache[key];
            waiters = promise.Waiters;
            promise.Waiters = 0;
            promise.Done = true;
        }

        // the waiters count as work again before they resume, so no dispatch starts under them
        ((IBatchSource)this).Scheduler!.Unblock(waiters);
        if (error is null)
        {
            promise.Completion.SetResult(value);
        }
        else
        {
            promise.Completion.SetException(error);
        }
    }

    private sealed class Promise
    {
        public TaskCompletionSource<TValue> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Waiters { get; set; }

        public bool Done { get; set; }
    }
}
