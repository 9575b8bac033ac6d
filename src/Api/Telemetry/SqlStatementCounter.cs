using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BpjsTk.Api.Telemetry;

/// <summary>
/// Counts the SQL statements sent while a <see cref="RequestStatements"/> is tracked on the current async flow; contexts
/// are pooled and shared by requests, so the count lives in the flow, not in the interceptor.
/// </summary>
internal sealed class SqlStatementCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<RequestStatements?> Current = new();

    /// <summary>Counts the statements of this async flow (and the work it starts) into a fresh <see cref="RequestStatements"/>.</summary>
    public static RequestStatements Track() => Current.Value = new RequestStatements();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Current.Value?.Increment();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Current.Value?.Increment();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Current.Value?.Increment();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Current.Value?.Increment();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Current.Value?.Increment();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Current.Value?.Increment();
        return ValueTask.FromResult(result);
    }
}
