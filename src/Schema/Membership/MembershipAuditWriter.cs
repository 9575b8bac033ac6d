using System.Threading.Channels;
using BpjsTk.Data;
using BpjsTk.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BpjsTk.Schema.Membership;

/// <summary>
/// Stores the audit records of checks in group commits: one writer stores every record queued while the previous
/// commit ran with one multi-row INSERT (<see cref="MembershipAuditInsert"/>), and each check waits until its own
/// records are committed, so no check is answered unaudited. A single writer also keeps SQLite's one write lock free of contention.
/// </summary>
public sealed partial class MembershipAuditWriter : IAsyncDisposable
{
    // Bounds one transaction; under load the queue refills while a commit runs, so batches stay well below this.
    private const int MaxRecordsPerCommit = 512;

    private readonly IDbContextFactory<BpjsTkDbContext> _databases;
    private readonly ILogger<MembershipAuditWriter> _logger;
    private readonly Channel<PendingAudit> _queue = Channel.CreateUnbounded<PendingAudit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writing;
    private readonly List<MembershipCheckAudit> _records = [];
    private MembershipAuditInsert? _insert;

    public MembershipAuditWriter(IDbContextFactory<BpjsTkDbContext> databases, ILogger<MembershipAuditWriter> logger)
    {
        _databases = databases;
        _logger = logger;
        _writing = Task.Run(WriteAllAsync);
    }

    /// <summary>Completes once <paramref name="records"/> are committed; fails with <see cref="MembershipAuditException"/> when they could not be.</summary>
    public async Task WriteAsync(IReadOnlyList<MembershipCheckAudit> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return;
        }

        var pending = new PendingAudit(records, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new MembershipAuditException("The audit log is closed: the server is shutting down.", null);
        }

        // A caller that goes away stops waiting, and is not answered; its records are still stored.
        await pending.Stored.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops taking records and returns once every queued record has been committed or failed.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writing.ConfigureAwait(false);
    }

    private async Task WriteAllAsync()
    {
        var batch = new List<PendingAudit>();
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            var records = 0;
            while (records < MaxRecordsPerCommit && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                records += pending.Records.Count;
            }

            await CommitAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingAudit> batch)
    {
        try
        {
            // Shutdown drains the queue, so a commit is never cancelled half-way. One INSERT is one atomic statement.
            await using var db = await _databases.CreateDbContextAsync(CancellationToken.None).ConfigureAwait(false);
            _insert ??= MembershipAuditInsert.For(db);
            await db.Database.OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            _insert.Prepare(command, Records(batch));
            await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Every failure must reach the waiting checks, or they would be answered or hang unaudited.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogCommitFailed(_logger, exception, batch.Count);
            var failure = new MembershipAuditException("The check could not be audited, so it is not answered; try again.", exception);
            foreach (var pending in batch)
            {
                pending.Stored.TrySetException(failure);
            }

            return;
        }

        foreach (var pending in batch)
        {
            pending.Stored.TrySetResult();
        }
    }

    private List<MembershipCheckAudit> Records(List<PendingAudit> batch)
    {
        _records.Clear();
        foreach (var pending in batch)
        {
            _records.AddRange(pending.Records);
        }

        return _records;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store the audit records of {Checks} membership checks; those checks fail.")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception, int checks);

    private sealed record PendingAudit(IReadOnlyList<MembershipCheckAudit> Records, TaskCompletionSource Stored);
}
