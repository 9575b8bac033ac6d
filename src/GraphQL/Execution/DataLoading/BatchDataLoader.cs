namespace BpjsTk.GraphQL.Execution.DataLoading;

/// <summary>A loader of one value per key (HotChocolate's BatchDataLoader): override <see cref="DataLoader{TKey, TValue}.LoadBatchAsync"/>.</summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoader<TKey, TValue>
    where TKey : notnull
{
}
