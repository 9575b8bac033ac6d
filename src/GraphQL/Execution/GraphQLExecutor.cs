using System.Text.Json;
using BpjsTk.GraphQL.Execution.Planning;
using BpjsTk.GraphQL.Execution.Processing;
using BpjsTk.GraphQL.Execution.Results;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Execution;

/// <summary>The engine's <c>execute</c> verb (spec 6 Execution, graphql-js execute): runs one operation of a parsed, validated document.</summary>
public static class GraphQLExecutor
{
    /// <summary>
    /// Runs the operation named <paramref name="operationName"/> (or the only one) of <paramref name="document"/>,
    /// which the caller has validated, with raw JSON <paramref name="variables"/>. <see cref="RequestExecutor"/>
    /// adds parsing, validation and caching around this for transports. Throws <see cref="OperationCanceledException"/>
    /// only when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static async ValueTask<ExecutionResult> ExecuteAsync(
        Schema schema,
        DocumentNode document,
        string? operationName = null,
        JsonElement? variables = null,
        ExecutionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ExecutionOptions.Default;
        var (operation, error) = OperationSelection.GetOperation(document, operationName);
        if (operation is null)
        {
            return OperationResult.RequestError([error!]);
        }

        var coerced = VariableCoercion.CoerceVariableValues(schema, operation, variables, options.MaxErrors, options.Validation.IncludeSuggestions);
        if (!coerced.IsSuccess)
        {
            return OperationResult.RequestError(coerced.Errors, operation.Operation);
        }

        return await ExecuteAsync(schema, new PreparedDocument(document, []), operation, coerced.Value!, options, null, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="operation"/> with coerced variables, under the timeout of <paramref name="options"/> linked to
    /// <paramref name="cancellationToken"/>: past the timeout the result has <c>data: null</c> and an <c>EXECUTION_TIMEOUT</c>
    /// error; when the caller cancels, <see cref="OperationCanceledException"/> is thrown, as the caller asked.
    /// </summary>
    internal static async ValueTask<ExecutionResult> ExecuteAsync(
        Schema schema,
        PreparedDocument document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionOptions options,
        IServiceProvider? services,
        IReadOnlyDictionary<string, object?>? contextData,
        CancellationToken cancellationToken)
    {
        if (operation.Operation == OperationType.Subscription)
        {
            return OperationResult.RequestError(
                [GraphQLError.WithCode("Subscriptions are not supported over this transport.", ErrorCodes.SubscriptionsNotSupported, Locate(operation))],
                operation.Operation);
        }

        var rootType = schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return OperationResult.RequestError(
                [GraphQLError.WithCode($"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", ErrorCodes.OperationNotFound, Locate(operation))],
                operation.Operation);
        }

        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.ExecutionTimeout != Timeout.InfiniteTimeSpan)
        {
            aborted.CancelAfter(options.ExecutionTimeout);
        }

        var plan = document.GetPlan(schema, operation, rootType, variables);
        var runner = new OperationRunner(plan, variables, options, services, contextData, aborted.Token);
        try
        {
            var running = runner.RunAsync();
            var data = running.IsCompletedSuccessfully
                ? running.Result
                : await running.AsTask().WaitAsync(aborted.Token).ConfigureAwait(false);
            return OperationResult.Executed(data, runner.Errors.ToList(), operation.Operation, Array.ConvertAll(plan.Root.Fields, field => field.Name), operation.Name?.Value);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var timedOut = GraphQLError.WithCode($"The execution ran past its time limit of {options.ExecutionTimeout.TotalSeconds:0.###} s.", ErrorCodes.Timeout);
            return OperationResult.Executed(null, [.. runner.Errors.ToList(), timedOut], operation.Operation, operationName: operation.Name?.Value);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested && e.CancellationToken != cancellationToken)
        {
            throw new OperationCanceledException("The caller cancelled the request.", e, cancellationToken);
        }
    }

    private static SourceLocation[]? Locate(SyntaxNode node) =>
        node.Location.IsKnown ? [new SourceLocation(node.Location.Line, node.Location.Column)] : null;
}
