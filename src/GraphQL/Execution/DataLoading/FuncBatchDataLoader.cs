namespace BpjsTk.GraphQL.Execution.DataLoading;

/// <summary>A batch loader made from a function, as <c>context.BatchDataLoader(...)</c> creates it.</summary>
internal sealed class FuncBatchDataLoader<TKey, TValue> : BatchDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> _load;

    public FuncBatchDataLoader(Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> load) => _load = load;

    protected override ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _load(keys, cancellationToken);
}
