using BpjsTk.Data;
using BpjsTk.Data.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>What one write mutation works with once its caller may write and its input is valid.</summary>
/// <param name="Db">A context of its own, saved once, so the change and its history are written together or not at all.</param>
/// <param name="Input">The validated input.</param>
/// <param name="Actor">Who makes the change: the API client, by name.</param>
/// <param name="Time">The clock changes are stamped with.</param>
/// <param name="Notifier">Told after a commit that changed something, so caches of derived data go stale.</param>
internal sealed record IngestionWrite<TInput>(BpjsTkDbContext Db, TInput Input, ChangeActor Actor, TimeProvider Time, IDataChangeNotifier Notifier)
    where TInput : class
{
    private CoverageFigureCodes? _codes;

    /// <summary>The reference codes figures are checked and resolved against, read once per mutation (validation and write share them).</summary>
    public async Task<CoverageFigureCodes> CodesAsync(CancellationToken ct) =>
        _codes ??= await CoverageFigureCodes.LoadAsync(Db, ct).ConfigureAwait(false);

    /// <summary>
    /// Opens the write's transaction and inserts <paramref name="row"/>, or locks the stored row with its natural key
    /// (<see cref="NaturalKeyUpsert"/>); <see cref="SaveAsync"/> commits it.
    /// </summary>
    public async Task<(TEntity Row, bool Inserted)> InsertOrLockAsync<TEntity>(TEntity row, string keyColumn, object key, CancellationToken ct)
        where TEntity : class
    {
        await Db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        return await NaturalKeyUpsert.InsertOrLockAsync(Db, row, keyColumn, key, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Records the change of one entity from <paramref name="before"/> (null when it is new) to the input, then saves both;
    /// values equal to what is stored are no change: nothing is recorded and no one is notified. Commits the context's
    /// transaction when the write opened one, before anyone is told.
    /// </summary>
    public async Task SaveAsync(string entity, string key, TInput? before, CancellationToken ct)
    {
        var changed = new DataChangeLog(Db, Time).Record(entity, key, before, Input, Actor);
        await Db.SaveChangesAsync(ct).ConfigureAwait(false);
        if (Db.Database.CurrentTransaction is { } transaction)
        {
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }

        if (changed)
        {
            Notifier.Notify(new DataChanged(entity, before is null ? 1 : 0, before is null ? 0 : 1, Time.GetUtcNow().UtcDateTime));
        }
    }
}
