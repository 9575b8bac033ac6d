using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Execution.Results;

/// <summary>The result of a request: request errors only, or data (possibly null) with field errors, written as graphql-js orders them: errors, data, extensions.</summary>
internal sealed class OperationResult : ExecutionResult
{
    private readonly ResultObject? _data;
    private readonly IReadOnlyDictionary<string, object?>? _extensions;

    private OperationResult(bool isRequestError, IReadOnlyList<GraphQLError> errors, OperationType? operationType, ResultObject? data, IReadOnlyDictionary<string, object?>? extensions, IReadOnlyList<string>? rootFields = null, string? operationName = null)
    {
        RootFields = rootFields ?? [];
        OperationName = operationName;
        IsRequestError = isRequestError;
        Errors = errors;
        OperationType = operationType;
        _data = data;
        _extensions = extensions;
        HasData = !isRequestError;
    }

    public override bool IsRequestError { get; }

    /// <summary>Whether the response has a <c>data</c> entry: executed operations do, request errors and cost-only answers do not.</summary>
    private bool HasData { get; init; }

    public override IReadOnlyList<GraphQLError> Errors { get; }

    public override OperationType? OperationType { get; }

    public override IReadOnlyList<string> RootFields { get; }

    public override string? OperationName { get; }

    /// <summary>A result for a request that failed before execution (spec 7.1: no <c>data</c> entry), with values for the transport in <paramref name="metadata"/>.</summary>
    public static OperationResult RequestError(IReadOnlyList<GraphQLError> errors, OperationType? operationType = null, IReadOnlyDictionary<string, object?>? extensions = null, IReadOnlyDictionary<string, object?>? metadata = null)
=>
        new(true, errors, operationType, null, extensions) { Metadata = metadata ?? System.Collections.Immutable.ImmutableDictionary<string, object?>.Empty };

    /// <summary>A result of an executed operation.</summary>
    public static OperationResult Executed(ResultObject? data, IReadOnlyList<GraphQLError> errors, OperationType operationType, IReadOnlyList<string>? rootFields = null, string? operationName = null, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(false, errors, operationType, data, extensions, rootFields, operationName);

    /// <summary>A result of an operation that was checked but, as the request asked, not executed: no <c>data</c>, no errors, only extensions.</summary>
    public static OperationResult NotExecuted(OperationType operationType, IReadOnlyDictionary<string, object?> extensions) =>
        new(false, [], operationType, null, extensions) { HasData = false };

    /// <summary>This result with <paramref name="extensions"/> added to (and overriding) its own.</summary>
    public OperationResult WithExtensions(IReadOnlyDictionary<string, object?> extensions)
    {
        var merged = _extensions is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : new Dictionary<string, object?>(_extensions, StringComparer.Ordinal);
        foreach (var (key, value) in extensions)
        {
            merged[key] = value;
        }

        return new OperationResult(IsRequestError, Errors, OperationType, _data, merged) { HasData = HasData, Metadata = Metadata };
    }

    public override void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WriteStartArray("errors");
            foreach (var error in Errors)
            {
                ResultJsonWriter.WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            if (_data is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                ResultJsonWriter.WriteObject(writer, _data);
            }
        }

        if (_extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            ResultJsonWriter.WriteValue(writer, _extensions);
        }

        writer.WriteEndObject();
    }
}
