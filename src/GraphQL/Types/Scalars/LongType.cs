using System.Globalization;
using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary><c>Long</c>: a signed 64-bit integer, written as a JSON number (HotChocolate's <c>Long</c>).</summary>
public sealed class LongType : ScalarType
{
    /// <summary>Creates the scalar; schemas share <see cref="BuiltInScalars.Long"/>.</summary>
    public LongType()
        : base("Long", "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.")
    {
    }

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(long);

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not IntValueNode node)
        {
            throw LiteralError("non-integer value", literal);
        }

        return long.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw LiteralError("non 64-bit signed integer value", literal);
    }

    /// <inheritdoc/>
    public override object? ParseValue(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            throw ValueError("non-integer value", value);
        }

        if (value.TryGetInt64(out var exact))
        {
            return exact;
        }

        return value.TryGetDecimal(out var number) && decimal.Truncate(number) == number
            ? throw ValueError("non 64-bit signed integer value", value)
            : throw ValueError("non-integer value", value);
    }

    /// <inheritdoc/>
    public override object? ParseValue(object value) => value switch
    {
        long l => l,
        int or short or sbyte or byte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u when u <= long.MaxValue => (long)u,
        ulong => throw ValueError("non 64-bit signed integer value", value),
        double d when double.IsFinite(d) && Math.Floor(d) == d && d >= long.MinValue && d < long.MaxValue => (long)d,
        decimal m when decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue => (long)m,
        JsonElement e => ParseValue(e),
        _ => throw ValueError("non-integer value", value),
    };

    /// <inheritdoc/>
    public override object? Serialize(object value) => ParseValue(value);

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value is long l ? l : (long)Serialize(value)!);
    }
}
