using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BpjsTk.GraphQL.Execution;

namespace BpjsTk.Api.ResponseCaching;

/// <summary>
/// The key of a cached answer: a SHA-256 over the document, the operation name, the variables in canonical form (object
/// members sorted, so member order does not split entries), the caller's scopes and the answer's format.
/// </summary>
internal static class ResponseCacheKey
{
    public static string Of(GraphQLRequest request, IEnumerable<string> scopes, string format)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, request.Query ?? string.Empty);
        Append(hash, request.OperationName ?? string.Empty);
        var variables = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(variables))
        {
            if (request.Variables is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value)
            {
                WriteCanonical(writer, value);
            }
        }

        hash.AppendData(variables.WrittenSpan);
        hash.AppendData([0]);
        Append(hash, string.Join(' ', scopes.Order(StringComparer.Ordinal)));
        Append(hash, format);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    // Each part ends with a NUL so parts cannot run into each other.
    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }

    // The request reader bounds the variables' depth (GraphQL:MaxJsonDepth), so this recursion is bounded too.
    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }
}
