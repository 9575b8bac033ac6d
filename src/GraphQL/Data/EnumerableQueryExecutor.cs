namespace BpjsTk.GraphQL.Data;

/// <summary>Runs queries synchronously with LINQ to Objects: the default when the host registers no <see cref="IAsyncQueryExecutor"/>.</summary>
public sealed class EnumerableQueryExecutor : IAsyncQueryExecutor
{
    /// <summary>The shared instance.</summary>
    public static EnumerableQueryExecutor Instance { get; } = new();

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<IReadOnlyList<T>>(query.ToList());
    }

    /// <inheritdoc/>
    public ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<int>(query.Count());
    }
}
