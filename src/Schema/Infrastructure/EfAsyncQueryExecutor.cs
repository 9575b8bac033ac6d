using BpjsTk.GraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace BpjsTk.Schema.Infrastructure;

/// <summary>Materialises the engine's queries with EF Core's async operators; queries over in-memory sequences run with LINQ to Objects.</summary>
internal sealed class EfAsyncQueryExecutor : IAsyncQueryExecutor
{
    public async ValueTask<IReadOnlyList<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? await query.ToListAsync(cancellationToken).ConfigureAwait(false)
            : await EnumerableQueryExecutor.Instance.ToListAsync(query, cancellationToken).ConfigureAwait(false);

    public async ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? await query.CountAsync(cancellationToken).ConfigureAwait(false)
            : await EnumerableQueryExecutor.Instance.CountAsync(query, cancellationToken).ConfigureAwait(false);
}
