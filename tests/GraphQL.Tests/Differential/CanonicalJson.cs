using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BpjsTk.GraphQL.Tests.Differential;

/// <summary>Prints JSON the same way whichever engine wrote it: keys in their order, numbers as doubles in round-trip form.</summary>
internal static class CanonicalJson
{
    // readable failure messages: quotes and non-ASCII letters stay as they are
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Print(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    private static void Write(StringBuilder text, JsonNode? node)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                text.Append('{');
                var firstProperty = true;
                foreach (var (key, value) in obj)
                {
                    text.Append(firstProperty ? string.Empty : ",").Append(JsonSerializer.Serialize(key, Readable)).Append(':');
                    Write(text, value);
                    firstProperty = false;
                }

                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",");
                    Write(text, array[i]);
                }

                text.Append(']');
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                text.Append(double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(node.ToJsonString(Readable));
                break;
        }
    }
}
