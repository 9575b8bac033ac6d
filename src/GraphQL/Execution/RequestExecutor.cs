using System.Diagnostics;
using BpjsTk.GraphQL.Diagnostics;
using BpjsTk.GraphQL.Execution.Planning;
using BpjsTk.GraphQL.Execution.Results;
using BpjsTk.GraphQL.Introspection;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities.CostAnalysis;
using BpjsTk.GraphQL.Validation;

namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// The request pipeline for one schema: parse (with the parser's limits) and validate once per
/// document text, kept in a bounded LRU cache; choose the operation and check the transport allows
/// it and that introspection is allowed; check the operation's shape limits; coerce the variables; check
/// (and on request report) its static cost; ask the gates; execute under the timeout. Safe to share across requests.
/// </summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private readonly DocumentCache _documents;

    /// <summary>A pipeline for <paramref name="schema"/> with <paramref name="options"/> (default <see cref="ExecutionOptions.Default"/>).</summary>
    public RequestExecutor(Schema schema, ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? ExecutionOptions.Default;
        _documents = new DocumentCache(Options.DocumentCacheSize);
    }

    /// <summary>The schema requests run against.</summary>
    public Schema Schema { get; }

    /// <summary>The options the pipeline was built with.</summary>
    public ExecutionOptions Options { get; }

    internal DocumentCache Documents => _documents;

    /// <summary>
    /// Runs one request. Errors a caller can cause come back in the result, the execution timeout as an
    /// <c>EXECUTION_TIMEOUT</c> error; <see cref="OperationCanceledException"/> is thrown only when
    /// <paramref name="cancellationToken"/> is cancelled (the caller went away).
    /// </summary>
    public async ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = Prepare(request.Query ?? string.Empty, out var syntaxError);
        if (document is null)
        {
            return OperationResult.RequestError([syntaxError!]);
        }

        if (document.ValidationErrors.Count > 0)
        {
            return OperationResult.RequestError(document.ValidationErrors);
        }

        var (operation, operationError) = OperationSelection.GetOperation(document.Document, request.OperationName);
        if (operation is null)
        {
            return OperationResult.RequestError([operationError!]);
        }

        if (request.AllowedOperations is { } allowed && !allowed.Contains(operation.Operation))
        {
            var name = operation.Operation.ToString().ToLowerInvariant();
            return OperationResult.RequestError(
                [GraphQLError.WithCode($"Cannot perform a {name} operation with this request.", ErrorCodes.OperationNotAllowed)],
                operation.Operation);
        }

        if (!Options.AllowIntrospection && IntrospectionFieldFinder.Find(document.Document, operation) is { } introspection)
        {
            var location = introspection.Location.IsKnown ? new[] { new SourceLocation(introspection.Location.Line, introspection.Location.Column) } : null;
            return OperationResult.RequestError(
                [GraphQLError.WithCode("Introspection is not allowed on this server.", ErrorCodes.IntrospectionNotAllowed, location)],
                operation.Operation);
        }

        if (Options.OperationLimits is { } limits && document.LimitErrors(operation, limits) is { Count: > 0 } limitErrors)
        {
            return OperationResult.RequestError(limitErrors, operation.Operation);
        }

        var variables = VariableCoercion.CoerceVariableValues(Schema, operation, request.Variables, Options.MaxErrors, Options.Validation.IncludeSuggestions);
        if (!variables.IsSuccess)
        {
            return OperationResult.RequestError(variables.Errors, operation.Operation);
        }

        var costOptions = Options.Cost ?? (request.CostReport is CostReportMode.None ? null : CostOptions.Default with { MaxCost = double.PositiveInfinity });
        var cost = costOptions is null ? null : CostAnalyzer.Analyze(Schema, document.Document, operation, variables.Value, costOptions);
        var costExtensions = cost is null || request.CostReport is CostReportMode.None ? null : CostExtensions(cost);
        if (cost is { IsAllowed: false })
        {
            return OperationResult.RequestError(cost.Errors, operation.Operation, costExtensions);
        }

        if (request.CostReport is CostReportMode.Validate)
        {
            return OperationResult.NotExecuted(operation.Operation, costExtensions!);
        }

        if (Options.Gates.Count > 0 && await RefusalAsync(document, operation, variables.Value!, request, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return OperationResult.RequestError([refusal.Error], operation.Operation, costExtensions, refusal.Metadata);
        }

        var result = await ExecuteTracedAsync(request, document, operation, variables.Value!, cancellationToken).ConfigureAwait(false);
        return costExtensions is null ? result : ((OperationResult)result).WithExtensions(costExtensions);
    }

    // A span and a duration per execution, tagged with the operation's name and type only: variables may hold personal data.
    private async ValueTask<ExecutionResult> ExecuteTracedAsync(
        GraphQLRequest request, PreparedDocument document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        var operationName = GraphQLDiagnostics.OperationNameTagValue(operation.Name?.Value);
        var operationType = operation.Operation.ToString().ToLowerInvariant();
        using var activity = GraphQLDiagnostics.ActivitySource.StartActivity("graphql.execute");
        activity?.SetTag(GraphQLDiagnostics.OperationNameTag, operationName);
        activity?.SetTag(GraphQLDiagnostics.OperationTypeTag, operationType);
        var started = Stopwatch.GetTimestamp();
        var result = await GraphQLExecutor.ExecuteAsync(Schema, document, operation, variables, Options, request.Services, request.ContextData, cancellationToken).ConfigureAwait(false);
        GraphQLDiagnostics.ExecutionDuration.Record(
            Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>(GraphQLDiagnostics.OperationNameTag, operationName),
            new KeyValuePair<string, object?>(GraphQLDiagnostics.OperationTypeTag, operationType));
        if (result.Errors.Count > 0)
        {
            activity?.SetStatus(ActivityStatusCode.Error, result.Errors[0].Code);
        }

        return result;
    }

    /// <summary>The first refusal of <see cref="ExecutionOptions.Gates"/>, or null when every gate lets the operation run.</summary>
    private async ValueTask<ExecutionRefusal?> RefusalAsync(PreparedDocument document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var context = new ExecutionGateContext(Schema, document, operation, variables, request);
        foreach (var gate in Options.Gates)
        {
            if (await gate.CheckAsync(context, cancellationToken).ConfigureAwait(false) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    // HotChocolate's shape: extensions.operationCost { fieldCost, typeCost }
    private static Dictionary<string, object?> CostExtensions(OperationCost cost) => new(StringComparer.Ordinal)
    {
        ["operationCost"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["fieldCost"] = cost.Cost,
            ["typeCost"] = cost.TypeCost,
        },
    };

    /// <summary>The cached document for <paramref name="text"/>, parsing and validating it on a miss; null with the syntax error when it does not parse.</summary>
    private PreparedDocument? Prepare(string text, out GraphQLError? syntaxError)
    {
        syntaxError = null;
        var key = DocumentCache.KeyOf(text);
        if (_documents.TryGet(key, out var cached))
        {
            return cached;
        }

        DocumentNode parsed;
        using (var parsing = GraphQLDiagnostics.ActivitySource.StartActivity("graphql.parse"))
        {
            try
            {
                parsed = GraphQLParser.Parse(text, Options.Parser);
            }
            catch (GraphQLSyntaxException e)
            {
                parsing?.SetStatus(ActivityStatusCode.Error, e.Error.Code);
                syntaxError = e.Error;
                return null;
            }
        }

        IReadOnlyList<GraphQLError> validationErrors;
        using (var validating = GraphQLDiagnostics.ActivitySource.StartActivity("graphql.validate"))
        {
            validationErrors = DocumentValidator.Validate(Schema, parsed, Options.Validation);
            if (validationErrors.Count > 0)
            {
                validating?.SetStatus(ActivityStatusCode.Error, validationErrors[0].Code);
            }
        }

        var prepared = new PreparedDocument(parsed, validationErrors);
        _documents.Add(key, prepared);
        return prepared;
    }
}
