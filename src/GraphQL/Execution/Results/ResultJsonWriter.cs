using System.Collections;
using System.Text.Json;

namespace BpjsTk.GraphQL.Execution.Results;

/// <summary>Writes result trees and errors as the response's JSON (spec 7.1), in selection order.</summary>
internal static class ResultJsonWriter
{
    private const int MaxExtensionDepth = 32;

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case ResultObject obj:
                WriteObject(writer, obj);
                break;
            case ResultList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                WriteScalar(writer, value, 0);
                break;
        }
    }

    public static void WriteObject(Utf8JsonWriter writer, ResultObject obj)
    {
        writer.WriteStartObject();
        var fields = obj.Plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            writer.WritePropertyName(fields[i].ResponseName);
            WriteValue(writer, obj.Values[i]);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one error (spec 7.1.2): message, locations, path, extensions; the exception behind a masked error is never written.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
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
            writer.WriteStartArray("path");
            foreach (var step in path)
            {
                if (step is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(step.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions.Count > 0)
        {
            writer.WritePropertyName("extensions");
            WriteScalar(writer, error.Extensions, 0);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a serialized leaf value or an extension value (dictionaries, lists, primitives).</summary>
    private static void WriteScalar(Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > MaxExtensionDepth)
        {
            writer.WriteNullValue();
            return;
        }

        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case float f: writer.WriteNumberValue(f); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case short s16: writer.WriteNumberValue(s16); break;
            case byte u8: writer.WriteNumberValue(u8); break;
            case uint u32: writer.WriteNumberValue(u32); break;
            case ulong u64: writer.WriteNumberValue(u64); break;
            case JsonElement e: e.WriteTo(writer); break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteScalar(writer, item, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteScalar(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }
}
