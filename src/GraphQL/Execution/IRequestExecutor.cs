namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// The engine's single entry point for transports: parse (cached), validate (cached), coerce the
/// variables, execute, and hand back a result that writes itself as JSON.
/// </summary>
public interface IRequestExecutor
{
    /// <summary>Runs one request. Errors a caller can cause come back in the result; this never throws for them.</summary>
    ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken);
}
