using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BpjsTk.Data.Tests.Ingestion;

/// <summary>Fails the writer's read of existing figures the given time, as a lost connection would half-way through a batch.</summary>
internal sealed class FailingRead(int failOn) : DbCommandInterceptor
{
    private int _reads;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("\"NaturalKey\"", StringComparison.Ordinal) && Interlocked.Increment(ref _reads) == failOn)
        {
            throw new InvalidOperationException("The connection was lost.");
        }

        return ValueTask.FromResult(result);
    }
}
