using System.Text.Json;
using BpjsTk.Data.Coverage;
using BpjsTk.Data.Synthetic.Bulk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BpjsTk.Data.Ingestion;

/// <summary>
/// One transaction of coverage figure writes: any number of <see cref="WriteAsync"/> calls, then <see cref="CommitAsync"/>;
/// disposed without a commit, it leaves the database as it was. Rows go in batches of raw, parameterised SQL, so a file of
/// millions never sits in a change tracker. Each figure is upserted by its natural key: inserted when new, updated (and
/// recorded in the history) when its values differ, left alone when they are the same.
/// </summary>
public sealed class CoverageFigureWriteSession : IAsyncDisposable
{
    /// <summary>Rows per statement: 21 parameters a row stays under SQLite's 32,766 and PostgreSQL's 65,535 parameters.</summary>
    public const int BatchSize = 1_000;

    /// <summary>
    /// Rows per statement on SQLite: it finds each named parameter by scanning the statement's names, so a statement's cost
    /// grows with the square of its parameters (a 1,000-row insert spent most of a second binding them).
    /// </summary>
    public const int SqliteBatchSize = 50;

    private const string EntityName = "CoverageFigure";

    private readonly BpjsTkDbContext _db;
    private readonly IDbContextTransaction _transaction;
    private readonly ChangeActor _actor;
    private readonly DateTime _changedAt;
    private readonly IDataChangeNotifier _notifier;
    private readonly BulkTable<CoverageFigure> _figures;
    private readonly BulkTable<DataChange> _changes;
    private readonly bool _postgres;
    private bool _committed;

    internal CoverageFigureWriteSession(
        BpjsTkDbContext db, IDbContextTransaction transaction, CoverageFigureCodes codes, ChangeActor actor, DateTime changedAt, IDataChangeNotifier notifier)
    {
        _db = db;
        _transaction = transaction;
        Codes = codes;
        _actor = actor;
        _changedAt = changedAt;
        _notifier = notifier;
        _figures = new BulkTable<CoverageFigure>(db, includeKey: false);
        _changes = new BulkTable<DataChange>(db, includeKey: false);
        _postgres = db.Database.IsNpgsql();
    }

    /// <summary>The codes read when the session began; rows are resolved against them.</summary>
    public CoverageFigureCodes Codes { get; }

    public int Inserted { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    /// <summary>
    /// Writes the rows, or none of them when one cites an unknown code, has no valid period or repeats another's key; the
    /// errors index rows from <paramref name="firstIndex"/>. After a refusal the session should be disposed, not committed.
    /// </summary>
    public async Task<IReadOnlyList<CoverageFigureRowError>> WriteAsync(
        IReadOnlyList<CoverageFigureRecord> rows, int firstIndex, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ObjectDisposedException.ThrowIf(_committed, this);
        var errors = new List<CoverageFigureRowError>();
        var figures = new List<CoverageFigure>(rows.Count);
        var firstOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var figure = Codes.Resolve(rows[i], firstIndex + i, errors);
            if (figure is null)
            {
                continue;
            }

            if (!firstOfKey.TryAdd(figure.NaturalKey, firstIndex + i))
            {
                errors.Add(new CoverageFigureRowError(
                    firstIndex + i, CoverageFigureFields.Period, CoverageFigureErrorCodes.DuplicateKey, $"The same figure as rows[{firstOfKey[figure.NaturalKey]}]."));
                continue;
            }

            figure.LastChangedBy = _actor.Name;
            figure.LastChangedAt = _changedAt;
            figures.Add(figure);
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        // One order for every writer, so concurrent writers lock shared keys in the same order.
        figures.Sort((a, b) => string.CompareOrdinal(a.NaturalKey, b.NaturalKey));
        foreach (var batch in figures.Chunk(_postgres ? BatchSize : SqliteBatchSize))
        {
            await UpsertAsync(batch, cancellationToken);
        }

        return errors;
    }

    /// <summary>Commits the session's writes and tells the notifier, when anything changed.</summary>
    public async Task<CoverageFigureWriteResult> CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        await _transaction.CommitAsync(cancellationToken);
        _committed = true;
        if (Inserted + Updated > 0)
        {
            _notifier.Notify(new DataChanged(EntityName, Inserted, Updated, _changedAt));
        }

        return new CoverageFigureWriteResult(Inserted, Updated, Unchanged, []);
    }

    public ValueTask DisposeAsync() => _transaction.DisposeAsync();

    private async Task UpsertAsync(CoverageFigure[] batch, CancellationToken cancellationToken)
    {
        var history = new List<DataChange>(batch.Length);
        var pending = batch;
        while (pending.Length > 0)
        {
            var existing = await ReadExistingAsync(pending, cancellationToken);
            var inserts = new List<CoverageFigure>();
            foreach (var figure in pending)
            {
                if (!existing.TryGetValue(figure.NaturalKey, out var current))
                {
                    inserts.Add(figure);
                    continue;
                }

                var before = CoverageFigureValues.Of(current);
                var after = CoverageFigureValues.Of(figure);
                if (before == after)
                {
                    Unchanged++;
                    continue;
                }

                figure.Id = current.Id;
                await UpdateAsync(figure, cancellationToken);
                history.Add(Change(figure.NaturalKey, before, after));
                Updated++;
            }

            // A key another writer inserted since the read is read again, now locked, and compared like the others.
            var inserted = await InsertAsync(inserts, cancellationToken);
            foreach (var figure in inserts.Where(f => inserted.Contains(f.NaturalKey)))
            {
                history.Add(Change(figure.NaturalKey, null, CoverageFigureValues.Of(figure)));
            }

            Inserted += inserted.Count;
            pending = [.. inserts.Where(f => !inserted.Contains(f.NaturalKey))];
        }

        await InsertChangesAsync(history, cancellationToken);
    }

    private DataChange Change(string key, CoverageFigureValues? before, CoverageFigureValues after) =>
        DataChangeLog.Describe(EntityName, key, DataChangeLog.ToJson(before), DataChangeLog.ToJson(after), _actor, _changedAt)!;

    private async Task<Dictionary<string, CoverageFigure>> ReadExistingAsync(IEnumerable<CoverageFigure> figures, CancellationToken cancellationToken)
    {
        var keys = figures.Select(f => f.NaturalKey).ToArray();
        var query = _postgres
            ? _db.CoverageFigures.FromSqlRaw(
                """SELECT * FROM "CoverageFigures" WHERE "NaturalKey" = ANY({0}) ORDER BY "NaturalKey" FOR UPDATE""", (object)keys)
            : _db.CoverageFigures.FromSqlRaw(
                """SELECT * FROM "CoverageFigures" WHERE "NaturalKey" IN (SELECT value FROM json_each({0}))""", JsonSerializer.Serialize(keys));
        return await query.AsNoTracking().ToDictionaryAsync(f => f.NaturalKey, StringComparer.Ordinal, cancellationToken);
    }

    private async Task<HashSet<string>> InsertAsync(List<CoverageFigure> figures, CancellationToken cancellationToken)
    {
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        if (figures.Count == 0)
        {
            return inserted;
        }

        await using var command = BulkInsert.Command(_db, _figures, figures, """ ON CONFLICT ("NaturalKey") DO NOTHING RETURNING "NaturalKey" """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            inserted.Add(reader.GetString(0));
        }

        return inserted;
    }

    private async Task UpdateAsync(CoverageFigure figure, CancellationToken cancellationToken)
    {
        await using var command = BulkInsert.NewCommand(_db);
        var assignments = new List<string>();
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var column in _figures.Columns)
        {
            values[column.Name] = column.ValueOf(figure);
        }

        foreach (var name in UpdatedColumns)
        {
            assignments.Add($"{BulkTable<CoverageFigure>.Quote(name)} = {BulkInsert.AddParameter(command, values[name])}");
        }

        command.CommandText = $"""UPDATE "CoverageFigures" SET {string.Join(", ", assignments)} WHERE "Id" = {BulkInsert.AddParameter(command, figure.Id)}""";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static readonly string[] UpdatedColumns =
    [
        nameof(CoverageFigure.PeriodPrecision), nameof(CoverageFigure.ActiveParticipants), nameof(CoverageFigure.NewParticipants),
        nameof(CoverageFigure.ActiveEmployers), nameof(CoverageFigure.WadahCount), nameof(CoverageFigure.Contributions),
        nameof(CoverageFigure.CoverageRatePercent), nameof(CoverageFigure.IsApproximate), nameof(CoverageFigure.Note),
        nameof(CoverageFigure.LastChangedBy), nameof(CoverageFigure.LastChangedAt),
    ];

    private async Task InsertChangesAsync(List<DataChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        await using var command = BulkInsert.Command(_db, _changes, changes, string.Empty);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
