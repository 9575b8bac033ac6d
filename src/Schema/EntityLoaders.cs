using System.Linq.Expressions;
using BpjsTk.Data;
using BpjsTk.GraphQL.Data;
using BpjsTk.GraphQL.Execution.DataLoading;
using BpjsTk.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema;

/// <summary>
/// The request's DataLoaders over the database: one SQL statement per batch, each on its own short-lived context
/// so sibling fields that run concurrently never share one.
/// </summary>
internal static class EntityLoaders
{
    /// <summary>One entity per key; <paramref name="name"/> identifies the loader within the request.</summary>
    public static Task<T?> LoadByIdAsync<T>(
        this IResolverContext context,
        string name,
        int key,
        Func<BpjsTkDbContext, IReadOnlyList<int>, IQueryable<T>> query,
        Func<T, int> keyOf)
        where T : class
    {
        var factory = context.Service<IDbContextFactory<BpjsTkDbContext>>();
        var loader = context.BatchDataLoader<int, T?>(
            async (keys, ct) =>
            {
                await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
                db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
                var rows = await query(db, keys).ToListAsync(ct).ConfigureAwait(false);
                return rows.ToDictionary(keyOf, r => (T?)r);
            },
            name);
        return loader.LoadAsync(key);
    }

    /// <summary>The entities that belong to a key (one-to-many), in the query's order.</summary>
    public static Task<T[]> LoadGroupAsync<T>(
        this IResolverContext context,
        string name,
        int key,
        Func<BpjsTkDbContext, IReadOnlyList<int>, IQueryable<T>> query,
        Func<T, int> keyOf)
    {
        var factory = context.Service<IDbContextFactory<BpjsTkDbContext>>();
        var loader = context.GroupDataLoader<int, T>(
            async (keys, ct) =>
            {
                await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
                db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
                var rows = await query(db, keys).ToListAsync(ct).ConfigureAwait(false);
                return rows.ToLookup(keyOf);
            },
            name);
        return loader.LoadAsync(key);
    }

    /// <summary>
    /// The entities that belong to a key, filtered and sorted as the field's <c>where</c>/<c>order</c> ask, in one
    /// statement for every parent of the level that asks the same (the loader is named after the arguments).
    /// </summary>
    public static Task<T[]> LoadGroupAsync<T>(
        this IResolverContext context,
        string name,
        int key,
        QueryContext<T> shape,
        Func<BpjsTkDbContext, IReadOnlyList<int>, IQueryable<T>> query,
        Func<T, int> keyOf) =>
        context.LoadGroupAsync(name + shape.Key, key, (db, keys) => shape.Apply(query(db, keys)), keyOf);

    /// <summary>
    /// The entities linked to a key through a link table (many-to-many), filtered and sorted by the entity's own fields as the
    /// field's <c>where</c>/<c>order</c> ask, in one statement for every parent of the level that asks the same.
    /// </summary>
    public static async Task<T[]> LoadLinkedAsync<TLink, T>(
        this IResolverContext context,
        string name,
        int key,
        QueryContext<T> shape,
        Func<BpjsTkDbContext, IReadOnlyList<int>, IQueryable<TLink>> links,
        Expression<Func<TLink, T>> element,
        Expression<Func<TLink, Linked<T>>> pair)
    {
        var rows = await context.LoadGroupAsync(name + shape.Key, key, (db, keys) => shape.Apply(links(db, keys), element).Select(pair), r => r.Key).ConfigureAwait(false);
        return [.. rows.Select(r => r.Value)];
    }

    /// <summary>
    /// A context of its own for a query the engine's data features run later (never shared with concurrent
    /// sibling fields), disposed with the request.
    /// </summary>
    public static BpjsTkDbContext QueryContext(IResolverContext context) =>
        context.Service<Infrastructure.RequestDbContexts>().Create();

    /// <summary>Runs a root list query on its own context.</summary>
    public static async Task<List<T>> ListAsync<T>(this IResolverContext context, Func<BpjsTkDbContext, IQueryable<T>> query, CancellationToken cancellationToken)
    {
        var factory = context.Service<IDbContextFactory<BpjsTkDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await query(db).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
