namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// A check a <see cref="RequestExecutor"/> runs after it has validated the document, chosen the operation and coerced
/// the variables, and before the operation executes (a rate limit, a quota, an allow-list). Gates run in the order of
/// <see cref="ExecutionOptions.Gates"/>; the first refusal answers the request and no resolver runs.
/// </summary>
public interface IExecutionGate
{
    /// <summary>Null lets the operation run; a refusal answers the request with its error and metadata instead.</summary>
    ValueTask<ExecutionRefusal?> CheckAsync(ExecutionGateContext context, CancellationToken cancellationToken);
}
