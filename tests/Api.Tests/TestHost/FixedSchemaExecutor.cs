using System.Text.Json;
using BpjsTk.GraphQL;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.Api.Tests.TestHost;

/// <summary>
/// Runs requests against <see cref="FixedSchema"/> the way the engine's contract describes: syntax,
/// validation, operation choice, the transport's allowed operations and variable coercion fail as
/// request errors; resolver failures are field errors next to partial data. <c>slow</c> waits for
/// cancellation, so the transport's timeout and client disconnects can be observed.
/// </summary>
internal sealed class FixedSchemaExecutor : IRequestExecutor
{
    /// <summary>The code this executor gives a request for an operation type the transport does not allow.</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    private readonly TaskCompletionSource _slowStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _counter;

    /// <summary>Completes when a <c>slow</c> field starts waiting.</summary>
    public Task SlowFieldStarted => _slowStarted.Task;

    public async ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<ParsedOperation> operations;
        try
        {
            operations = FixedSchemaParser.Parse(request.Query ?? "");
        }
        catch (FixedSchemaSyntaxException exception)
        {
            return FixedSchemaResult.RequestFailed(GraphQLError.WithCode(exception.Message, ErrorCodes.SyntaxError, [exception.Location]));
        }

        var operation = request.OperationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(candidate => candidate.Name == request.OperationName);
        if (operation is null)
        {
            return FixedSchemaResult.RequestFailed(GraphQLError.WithCode(
                request.OperationName is null ? "Must provide operation name if query contains multiple operations." : $"Unknown operation named \"{request.OperationName}\".",
                ErrorCodes.OperationNotFound));
        }
        if (Validate(operation) is { } invalid)
        {
            return FixedSchemaResult.RequestFailed(GraphQLError.WithCode(invalid, ErrorCodes.ValidationFailed));
        }
        if (request.AllowedOperations is { } allowed && !allowed.Contains(operation.Type))
        {
            return FixedSchemaResult.RequestFailed(
                GraphQLError.WithCode($"Only {string.Join(", ", allowed)} operations are allowed here; this is a {operation.Type}.", OperationNotAllowed),
                operation.Type);
        }
        if (CoerceVariables(operation, request.Variables, out var variables) is { } badInput)
        {
            return FixedSchemaResult.RequestFailed(GraphQLError.WithCode(badInput, ErrorCodes.BadUserInput), operation.Type);
        }

        var data = new List<KeyValuePair<string, object?>>();
        var errors = new List<GraphQLError>();
        foreach (var field in operation.Selections)
        {
            data.Add(new(field.ResponseName, await ResolveAsync(operation.Type, field, variables, errors, cancellationToken)));
        }
        return FixedSchemaResult.Executed(operation.Type, data, errors);
    }

    private static string? Validate(ParsedOperation operation)
    {
        if (operation.Type is OperationType.Subscription)
        {
            return "Schema is not configured to execute subscription operation.";
        }
        var rootType = operation.Type.ToString();
        foreach (var field in operation.Selections)
        {
            if (!FixedSchema.Fields[rootType].Contains(field.Name))
            {
                return $"Cannot query field \"{field.Name}\" on type \"{rootType}\".";
            }
            var isObject = field.Name == "__type";
            if (isObject && (field.Selections is null || field.Selections.Any(selection => selection.Name is not ("name" or "__typename"))))
            {
                return "Field \"__type\" of type \"__Type\" must have a selection of \"name\".";
            }
            if (!isObject && field.Selections is not null)
            {
                return $"Field \"{field.Name}\" must not have a selection since its type is a scalar.";
            }
        }
        return null;
    }

    private static string? CoerceVariables(ParsedOperation operation, JsonElement? provided, out Dictionary<string, string?> values)
    {
        values = [];
        foreach (var definition in operation.Variables)
        {
            JsonElement value = default;
            var present = provided is { ValueKind: JsonValueKind.Object } given && given.TryGetProperty(definition.Name, out value);
            if (!present || value.ValueKind is JsonValueKind.Null)
            {
                if (definition.NonNull)
                {
                    return $"Variable \"${definition.Name}\" of non-null type \"{definition.TypeName}!\" must not be null.";
                }
                values[definition.Name] = null;
                continue;
            }
            if (value.ValueKind is not JsonValueKind.String)
            {
                return $"Variable \"${definition.Name}\" got invalid value; {definition.TypeName} cannot represent a non-string value.";
            }
            values[definition.Name] = value.GetString();
        }
        return null;
    }

    private async ValueTask<object?> ResolveAsync(OperationType type, ParsedField field, Dictionary<string, string?> variables, List<GraphQLError> errors, CancellationToken cancellationToken)
    {
        switch (field.Name)
        {
            case "__typename":
                return type.ToString();
            case "greeting":
                return "Selamat datang";
            case "echo":
                return Argument(field, "text", variables);
            case "__type":
                var name = Argument(field, "name", variables);
                return name is not null && FixedSchema.TypeNames.Contains(name)
                    ? field.Selections!.Select(selection => new KeyValuePair<string, object?>(selection.ResponseName, selection.Name == "name" ? name : "__Type")).ToList()
                    : null;
            case "failing":
                errors.Add(new GraphQLError("The failing field always fails.", path: [field.ResponseName],
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalError }));
                return null;
            case "slow":
                _slowStarted.TrySetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                return "never";
            case "increment":
                return Interlocked.Increment(ref _counter);
            default:
                throw new InvalidOperationException($"Validation let an unknown field through: {field.Name}.");
        }
    }

    private static string? Argument(ParsedField field, string name, Dictionary<string, string?> variables) =>
        field.Arguments.GetValueOrDefault(name) switch
        {
            VariableReference reference => variables.GetValueOrDefault(reference.Name),
            var literal => literal as string,
        };
}
