using System.Collections.Concurrent;

namespace BpjsTk.GraphQL.Execution.DataLoading;

/// <summary>The loaders of one request, each created on first use and tied to the request's scheduler.</summary>
internal sealed class DataLoaderRegistry
{
    private readonly ConcurrentDictionary<(Type Loader, object Key), IBatchSource> _loaders = new();
    private readonly BatchScheduler _scheduler;

    public DataLoaderRegistry(BatchScheduler scheduler) => _scheduler = scheduler;

    public BatchScheduler Scheduler => _scheduler;

    public TLoader GetOrCreate<TLoader>(object key, Func<TLoader> create)
        where TLoader : class, IBatchSource =>
        (TLoader)_loaders.GetOrAdd((typeof(TLoader), key), static (_, state) =>
        {
            var loader = state.create();
            loader.Scheduler = state._scheduler;
            return loader;
        }, (create, _scheduler));
}
