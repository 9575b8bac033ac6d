namespace BpjsTk.GraphQL.Execution.DataLoading;

/// <summary>A loader of many values per key, for one-to-many relations (HotChocolate's GroupedDataLoader): keys without values get an empty array.</summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoader<TKey, TValue[]>
    where TKey : notnull
{
    private protected override TValue[] MissingValue => [];

    /// <summary>Fetches the values of <paramref name="keys"/> in one call, grouped by key.</summary>
    protected abstract ValueTask<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <inheritdoc/>
    protected sealed override async ValueTask<IReadOnlyDictionary<TKey, TValue[]>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var lookup = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var values = new Dictionary<TKey, TValue[]>(keys.Count);
        foreach (var key in keys)
        {
            values[key] = [.. lookup[key]];
        }

        return values;
    }
}
