namespace BpjsTk.GraphQL.Execution.DataLoading;

/// <summary>
/// Decides when a request's loaders fetch (the DataLoader scheduling of the architecture notes): it
/// counts the work that can make progress - running field executions and resolvers, minus loads being
/// waited on - and when that count falls to zero it dispatches every pending batch at once. One level
/// of a list, and siblings across branches, thus become one batch call per loader.
/// </summary>
internal sealed class BatchScheduler
{
    private readonly List<IBatchSource> _pending = [];
    private readonly CancellationToken _cancellationToken;
    private int _active;
    private int _deferred;

    public BatchScheduler(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    /// <summary>A unit of work starts or resumes.</summary>
    public void Enter() => Interlocked.Increment(ref _active);

    /// <summary>A unit of work ends or starts waiting for others.</summary>
    public void Exit()
    {
        if (Interlocked.Decrement(ref _active) <= 0 && Volatile.Read(ref _deferred) == 0)
        {
            Dispatch();
        }
    }

    /// <summary>Holds dispatches back until the returned scope ends, so one resolver can queue loads on several keys and loaders first.</summary>
    public IDisposable Defer()
    {
        Interlocked.Increment(ref _deferred);
        return new DeferScope(this);
    }

    /// <summary>Waiters of loads that just completed can make progress again.</summary>
    public void Unblock(int waiters) => Interlocked.Add(ref _active, waiters);

    /// <summary>A loader has keys waiting for the next dispatch.</summary>
    public void Schedule(IBatchSource loader)
    {
        lock (_pending)
        {
            if (!_pending.Contains(loader))
            {
                _pending.Add(loader);
            }
        }
    }

    private void Dispatch()
    {
        IBatchSource[] loaders;
        lock (_pending)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            loaders = [.. _pending];
            _pending.Clear();
        }

        // the dispatch itself is work: nothing else dispatches until every batch of this round is back
        Enter();
        _ = DispatchAsync(loaders);
    }

    private async Task DispatchAsync(IBatchSource[] loaders)
    {
        try
        {
            var batches = new Task[loaders.Length];
            for (var i = 0; i < loaders.Length; i++)
            {
                batches[i] = loaders[i].DispatchAsync(_cancellationToken);
            }

            await Task.WhenAll(batches).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // each loader has already failed its own keys with the exception; the waiters report it
        }
        finally
        {
            Exit();
        }
    }

    private sealed class DeferScope(BatchScheduler scheduler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0
                && Interlocked.Decrement(ref scheduler._deferred) == 0
                && Volatile.Read(ref scheduler._active) <= 0)
            {
                scheduler.Dispatch();
            }
        }
    }
}
