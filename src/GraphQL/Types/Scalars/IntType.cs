using System.Globalization;
using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer (spec 3.5.1).</summary>
public sealed class IntType : ScalarType
{
    /// <summary>Creates the scalar; schemas share <see cref="BuiltInScalars.Int"/>.</summary>
    public IntType()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(int);

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not IntValueNode node)
        {
            throw LiteralError("non-integer value", literal);
        }

        if (int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw LiteralError("non 32-bit signed integer value", literal);
    }

    /// <inheritdoc/>
    public override object? ParseValue(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            throw ValueError("non-integer value", value);
        }

        if (value.TryGetInt32(out var exact))
        {
            return exact;
        }

        // JSON 1.0 is the integer 1 to graphql-js, which reads JSON numbers as doubles
        var number = value.GetDouble();
        return ParseNumber(number, value);
    }

    /// <inheritdoc/>
    public override object? ParseValue(object value) => value switch
    {
        int i => i,
        short or sbyte or byte or ushort => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        uint u when u <= int.MaxValue => (int)u,
        long or uint or ulong => throw ValueError("non 32-bit signed integer value", value),
        double d => ParseNumber(d, value),
        float f => ParseNumber(f, value),
        decimal m when decimal.Truncate(m) == m => m is >= int.MinValue and <= int.MaxValue ? (int)m : throw ValueError("non 32-bit signed integer value", value),
        JsonElement e => ParseValue(e),
        _ => throw ValueError("non-integer value", value),
    };

    /// <inheritdoc/>
    public override object? Serialize(object value) => value switch
    {
        int i => i,
        bool b => b ? 1 : 0,
        string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => SerializeNumber(parsed, value),
        string => throw ValueError("non-integer value", value),
        IConvertible when value is not char and not DateTime => SerializeConvertible(value),
        _ => throw ValueError("non-integer value", value),
    };

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is int i)
        {
            writer.WriteNumberValue(i);
            return;
        }

        writer.WriteNumberValue((int)Serialize(value)!);
    }

    private object SerializeConvertible(object value) => value switch
    {
        double d => SerializeNumber(d, value),
        float f => SerializeNumber(f, value),
        decimal m when decimal.Truncate(m) != m => throw ValueError("non-integer value", value),
        _ => ParseValue(value)!,
    };

    private int SerializeNumber(double number, object original)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Floor(number) != number)
        {
            throw ValueError("non-integer value", original);
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw ValueError("non 32-bit signed integer value", original);
        }

        return (int)number;
    }

    private int ParseNumber(double number, object original) => SerializeNumber(number, original);
}
