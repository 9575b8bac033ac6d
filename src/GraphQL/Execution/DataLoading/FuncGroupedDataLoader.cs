namespace BpjsTk.GraphQL.Execution.DataLoading;

/// <summary>A grouped loader made from a function, as <c>context.GroupDataLoader(...)</c> creates it.</summary>
internal sealed class FuncGroupedDataLoader<TKey, TValue> : GroupedDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> _load;

    public FuncGroupedDataLoader(Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> load) => _load = load;

    protected override ValueTask<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _load(keys, cancellationToken);
}
