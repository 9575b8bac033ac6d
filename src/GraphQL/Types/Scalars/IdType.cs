using System.Globalization;
using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>The built-in <c>ID</c>: accepts strings and integers, always serialized as a string (spec 3.5.6).</summary>
public sealed class IdType : ScalarType
{
    /// <summary>Creates the scalar; schemas share <see cref="BuiltInScalars.ID"/>.</summary>
    public IdType()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(string);

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw LiteralError("a non-string and non-integer value", literal),
        };
    }

    /// <inheritdoc/>
    public override object? ParseValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var integer) => integer.ToString(CultureInfo.InvariantCulture),
        _ => throw ValueError("value", value),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object value) => value switch
    {
        string s => s,
        int or long or short or sbyte or byte or ushort or uint or ulong => Convert.ToString(value, CultureInfo.InvariantCulture),
        JsonElement e => ParseValue(e),
        _ => throw ValueError("value", value),
    };

    /// <inheritdoc/>
    public override object? Serialize(object value) => value switch
    {
        string s => s,
        Guid g => g.ToString(),
        double d when Math.Floor(d) == d && double.IsFinite(d) => d.ToString("F0", CultureInfo.InvariantCulture),
        _ => ParseValue(value),
    };

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value as string ?? (string)Serialize(value)!);
    }

    /// <inheritdoc/>
    public override ValueNode ToLiteral(object value)
    {
        var text = (string)Serialize(value)!;
        return IsIntegerText(text) ? new IntValueNode(text) : new StringValueNode(text, false);
    }

    private static bool IsIntegerText(string text)
    {
        var digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        if (digits.Length == 0 || (digits[0] == '0' && digits.Length > 1))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
