using BpjsTk.GraphQL.Data;

namespace BpjsTk.GraphQL.Tests.Data;

/// <summary>Runs queries with LINQ to Objects and records the expression of each list query.</summary>
internal sealed class RecordingQueryExecutor : IAsyncQueryExecutor
{
    public List<string> Queries { get; } = [];

    public ValueTask<IReadOnlyList<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        Queries.Add(query.Expression.ToString());
        return EnumerableQueryExecutor.Instance.ToListAsync(query, cancellationToken);
    }

    public ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        EnumerableQueryExecutor.Instance.CountAsync(query, cancellationToken);
}
