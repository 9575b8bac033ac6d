using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// Prints a JSON variable value the way graphql-js's <c>inspect</c> does in error messages:
/// <c>{ a: "x", b: [1, 2] }</c>, at most 10 list items, nesting beyond two levels elided.
/// </summary>
internal static class JsonValueInspector
{
    private const int MaxListItems = 10;
    private const int MaxNesting = 2;

    public static string Inspect(JsonElement value)
    {
        var text = new StringBuilder();
        Write(text, value, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, JsonElement value, int seen)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                WriteString(text, value.GetString()!);
                break;
            case JsonValueKind.Number:
                text.Append(value.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : NumberText(value.GetDouble()));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Array:
                WriteArray(text, value, seen + 1);
                break;
            case JsonValueKind.Object:
                WriteObject(text, value, seen + 1);
                break;
            default:
                text.Append("null");
                break;
        }
    }

    private static void WriteArray(StringBuilder text, JsonElement array, int seen)
    {
        var length = array.GetArrayLength();
        if (length == 0)
        {
            text.Append("[]");
            return;
        }

        if (seen > MaxNesting)
        {
            text.Append("[Array]");
            return;
        }

        text.Append('[');
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (index == MaxListItems)
            {
                break;
            }

            text.Append(index == 0 ? string.Empty : ", ");
            Write(text, item, seen);
            index++;
        }

        var remaining = length - index;
        if (remaining > 0)
        {
            text.Append(remaining == 1 ? ", ... 1 more item" : $", ... {remaining} more items");
        }

        text.Append(']');
    }

    private static void WriteObject(StringBuilder text, JsonElement obj, int seen)
    {
        using var properties = obj.EnumerateObject();
        if (!properties.MoveNext())
        {
            text.Append("{}");
            return;
        }

        if (seen > MaxNesting)
        {
            text.Append("[Object]");
            return;
        }

        text.Append("{ ");
        var first = true;
        foreach (var property in obj.EnumerateObject())
        {
            text.Append(first ? string.Empty : ", ").Append(property.Name).Append(": ");
            Write(text, property.Value, seen);
            first = false;
        }

        text.Append(" }");
    }

    // JavaScript's number printing: shortest round-trip digits, lower-case exponent
    private static string NumberText(double number) =>
        number.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);

    // JSON.stringify's escaping: quotes, backslashes and control characters only
    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case < ' ':
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }
}
