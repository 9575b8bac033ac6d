using BpjsTk.Data.Synthetic.Bulk;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Data.Ingestion;

/// <summary>
/// Adds or finds one row by a unique column without the race of reading first: <c>INSERT ... ON CONFLICT DO NOTHING</c>,
/// then the row is read back (on PostgreSQL <c>FOR UPDATE</c>), so of two concurrent callers one inserts and the other waits
/// for it and then sees its row. Needs the caller's transaction: the lock is held, and the insert kept, until it ends.
/// </summary>
public static class NaturalKeyUpsert
{
    /// <summary>
    /// Inserts <paramref name="row"/> unless a row with its <paramref name="keyColumn"/> value exists; either way returns the
    /// stored row, tracked, to be changed and saved, and whether this call inserted it.
    /// </summary>
    public static async Task<(TEntity Row, bool Inserted)> InsertOrLockAsync<TEntity>(
        BpjsTkDbContext db, TEntity row, string keyColumn, object key, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(key);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An upsert by natural key runs inside the caller's transaction.");
        }

        var table = new BulkTable<TEntity>(db, includeKey: false);
        var conflict = $" ON CONFLICT ({BulkTable<TEntity>.Quote(keyColumn)}) DO NOTHING";
        int inserted;
        await using (var insert = BulkInsert.Command(db, table, [row], conflict))
        {
            inserted = await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        var select = $"SELECT * FROM {BulkTable<TEntity>.Quote(table.Name)} WHERE {BulkTable<TEntity>.Quote(keyColumn)} = {{0}}"
            + (db.Database.IsNpgsql() ? " FOR UPDATE" : string.Empty);
        var stored = await db.Set<TEntity>().FromSqlRaw(select, key).SingleAsync(cancellationToken);
        return (stored, inserted == 1);
    }
}
