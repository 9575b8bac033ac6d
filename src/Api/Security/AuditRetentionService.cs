using BpjsTk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BpjsTk.Api.Security;

/// <summary>Deletes audit records of membership checks older than <see cref="SecurityOptions.AuditRetentionDays"/>, every six hours.</summary>
internal sealed partial class AuditRetentionService(
    IDbContextFactory<BpjsTkDbContext> databases,
    IOptions<SecurityOptions> options,
    TimeProvider time,
    ILogger<AuditRetentionService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.AuditRetentionDays);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.MembershipCheckAudits.Where(a => a.CheckedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await DeleteExpiredAsync(stoppingToken);
                if (deleted > 0)
                {
                    Deleted(logger, deleted, options.Value.AuditRetentionDays);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // An unreachable or not yet migrated database must not stop the host; the next round tries again.
                Failed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} membership check audit records older than {Days} days.")]
    private static partial void Deleted(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete expired membership check audit records.")]
    private static partial void Failed(ILogger logger, Exception exception);
}
