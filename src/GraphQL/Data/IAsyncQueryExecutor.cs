namespace BpjsTk.GraphQL.Data;

/// <summary>
/// Materialises queries asynchronously. The host implements it with its storage's async operators
/// (EF Core's <c>ToListAsync</c>, <c>CountAsync</c>) so the engine stays free of any storage library.
/// </summary>
public interface IAsyncQueryExecutor
{
    /// <summary>Runs <paramref name="query"/> and returns its rows.</summary>
    ValueTask<IReadOnlyList<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    /// <summary>Counts the rows of <paramref name="query"/>.</summary>
    ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);
}
