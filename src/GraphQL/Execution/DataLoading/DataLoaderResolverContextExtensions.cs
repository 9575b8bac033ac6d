using BpjsTk.GraphQL.Execution.Processing;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Execution.DataLoading;

/// <summary>How resolvers get the request's loaders (HotChocolate's shape): by class, or from a batch function.</summary>
public static class DataLoaderResolverContextExtensions
{
    /// <summary>
    /// The request's instance of <typeparamref name="TLoader"/>: taken from the request's services when
    /// registered there (scoped), else created with a constructor taking <see cref="IServiceProvider"/> or none.
    /// </summary>
    public static TLoader DataLoader<TLoader>(this IResolverContext context)
        where TLoader : class
    {
        var registry = Registry(context);
        var services = context.Services;
        return (TLoader)(object)registry.GetOrCreate<IBatchSource>(typeof(TLoader), () => Create<TLoader>(services));
    }

    /// <summary>
    /// A loader of one value per key made from <paramref name="load"/>; the same one for the whole request
    /// per <paramref name="name"/> (default: the function's method).
    /// </summary>
    public static DataLoader<TKey, TValue> BatchDataLoader<TKey, TValue>(
        this IResolverContext context,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> load,
        string? name = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(load);
        return Registry(context).GetOrCreate(name ?? (object)load.Method, () => new FuncBatchDataLoader<TKey, TValue>(load));
    }

    /// <summary>
    /// A loader of many values per key (one-to-many) made from <paramref name="load"/>; the same one for the
    /// whole request per <paramref name="name"/> (default: the function's method).
    /// </summary>
    public static DataLoader<TKey, TValue[]> GroupDataLoader<TKey, TValue>(
        this IResolverContext context,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> load,
        string? name = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(load);
        return Registry(context).GetOrCreate(name ?? (object)load.Method, () => new FuncGroupedDataLoader<TKey, TValue>(load));
    }

    /// <summary>
    /// Holds the request's dispatch back until the returned scope is disposed: a resolver that loads several keys,
    /// on one loader or several, starts every load inside it and awaits them after, so they share one batch per loader.
    /// </summary>
    public static IDisposable DeferDispatch(this IResolverContext context) => Registry(context).Scheduler.Defer();

    private static DataLoaderRegistry Registry(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context is ResolverContext resolverContext
            ? resolverContext.DataLoaders
            : throw new InvalidOperationException("Loaders are only available to resolvers run by the executor.");
    }

    private static IBatchSource Create<TLoader>(IServiceProvider services)
    {
        var loader = services.GetService(typeof(TLoader))
            ?? (typeof(TLoader).GetConstructor([typeof(IServiceProvider)]) is { } withServices
                ? withServices.Invoke([services])
                : Activator.CreateInstance<TLoader>());
        return loader as IBatchSource
            ?? throw new InvalidOperationException($"{typeof(TLoader).FullName} is not a DataLoader<TKey, TValue>.");
    }
}
