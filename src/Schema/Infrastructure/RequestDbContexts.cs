using System.Collections.Concurrent;
using BpjsTk.Data;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Infrastructure;

/// <summary>
/// The contexts a request's root lists query through, one per field so concurrent sibling fields never share
/// one; disposed with the request's scope so pooled contexts go back to the pool.
/// </summary>
internal sealed class RequestDbContexts(IDbContextFactory<BpjsTkDbContext> factory) : IAsyncDisposable
{
    private readonly ConcurrentBag<BpjsTkDbContext> _created = [];

    public BpjsTkDbContext Create()
    {
        var db = factory.CreateDbContext();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        _created.Add(db);
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var db in _created)
        {
            await db.DisposeAsync().ConfigureAwait(false);
        }
    }
}
