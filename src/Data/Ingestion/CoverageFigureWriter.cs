using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BpjsTk.Data.Ingestion;

/// <summary>
/// The write side of coverage figures: validated rows in, one transaction per batch (or per file, through
/// <see cref="BeginAsync"/>), each figure upserted by its natural key, every change recorded with who made it.
/// </summary>
public sealed class CoverageFigureWriter(BpjsTkDbContext db, IDataChangeNotifier notifier, TimeProvider timeProvider)
{
    /// <summary>Tries of a batch that lost a deadlock to a concurrent writer before the error reaches the caller.</summary>
    public const int MaxAttempts = 5;

    /// <summary>
    /// Writes the rows in one transaction: all of them, or none when any row is refused (the result says why).
    /// <paramref name="codes"/>: the reference codes when the caller has loaded them from this database already (to validate).
    /// </summary>
    public async Task<CoverageFigureWriteResult> WriteAsync(
        IReadOnlyList<CoverageFigureRecord> rows, ChangeActor actor, CancellationToken cancellationToken, CoverageFigureCodes? codes = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var session = await BeginAsync(actor, cancellationToken, codes);
                var errors = await session.WriteAsync(rows, 0, cancellationToken);
                return errors.Count > 0 ? CoverageFigureWriteResult.Refused(errors) : await session.CommitAsync(cancellationToken);
            }
            catch (PostgresException conflict) when (IsTransientConflict(conflict) && attempt < MaxAttempts)
            {
                // Both transactions wanted rows the other had locked; PostgreSQL rolled this one back, so it starts again.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50) * attempt), cancellationToken);
            }
        }
    }

    /// <summary>Opens a transaction for writes that span many calls, such as an imported file; loads the reference codes unless given.</summary>
    public async Task<CoverageFigureWriteSession> BeginAsync(ChangeActor actor, CancellationToken cancellationToken, CoverageFigureCodes? codes = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        codes ??= await CoverageFigureCodes.LoadAsync(db, cancellationToken);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return new CoverageFigureWriteSession(db, transaction, codes, actor, timeProvider.GetUtcNow().UtcDateTime, notifier);
    }

    /// <summary>
    /// Readies the context's connection for one transaction of very many rows (a file). On SQLite the connection stays open
    /// with the bulk loader's settings: WAL and NORMAL sync, so a page cache spill appends to the log instead of syncing a
    /// rollback journal, and a 256 MiB cache, so the figures' indexes are not read again for every batch.
    /// </summary>
    public async Task PrepareForFileAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144;", cancellationToken);
    }

    /// <summary>A deadlock or serialization failure: the transaction was rolled back and may simply be run again.</summary>
    public static bool IsTransientConflict(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };
}
