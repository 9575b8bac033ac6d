using System.Text.Json;
using BpjsTk.GraphQL;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.Api.Tests.TestHost;

/// <summary>A result of <see cref="FixedSchemaExecutor"/>: data as ordered entries (objects are entry lists), plus errors.</summary>
internal sealed class FixedSchemaResult : ExecutionResult
{
    private readonly IReadOnlyList<KeyValuePair<string, object?>>? _data;
    private readonly bool _hasData;

    private FixedSchemaResult(bool isRequestError, IReadOnlyList<GraphQLError> errors, OperationType? operationType, IReadOnlyList<KeyValuePair<string, object?>>? data)
    {
        IsRequestError = isRequestError;
        Errors = errors;
        OperationType = operationType;
        _data = data;
        _hasData = !isRequestError;
    }

    public override bool IsRequestError { get; }

    public override IReadOnlyList<GraphQLError> Errors { get; }

    public override OperationType? OperationType { get; }

    public static FixedSchemaResult RequestFailed(GraphQLError error, OperationType? operationType = null) =>
        new(true, [error], operationType, null);

    public static FixedSchemaResult Executed(OperationType operationType, IReadOnlyList<KeyValuePair<string, object?>> data, IReadOnlyList<GraphQLError> errors) =>
        new(false, errors, operationType, data);

    public override void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WriteStartArray("errors");
            foreach (var error in Errors)
            {
                WriteError(writer, error);
            }
            writer.WriteEndArray();
        }
        if (_hasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, _data);
        }
        writer.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WriteStartArray("locations");
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            WriteValue(writer, path);
        }
        writer.WritePropertyName("extensions");
        WriteValue(writer, error.Extensions.ToList());
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case IEnumerable<KeyValuePair<string, object?>> entries:
                writer.WriteStartObject();
                foreach (var (name, entry) in entries)
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, entry);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable<object> items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"The test schema does not produce {value.GetType()}.");
        }
    }
}
