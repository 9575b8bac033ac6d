using System.Globalization;
using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// <c>Decimal</c>: a .NET decimal, written as a JSON number like HotChocolate does, so money and
/// rates keep their exact digits in the response text (clients parsing JSON as doubles may round them).
/// </summary>
public sealed class DecimalType : ScalarType
{
    /// <summary>Creates the scalar; schemas share <see cref="BuiltInScalars.Decimal"/>.</summary>
    public DecimalType()
        : base("Decimal", "The `Decimal` scalar type represents a decimal floating-point number with up to 28 significant digits, written as a JSON number.")
    {
    }

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(decimal);

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var text = literal switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => throw LiteralError("non numeric value", literal),
        };
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw LiteralError("non decimal value", literal);
    }

    /// <inheritdoc/>
    public override object? ParseValue(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            throw ValueError("non numeric value", value);
        }

        return value.TryGetDecimal(out var number) ? number : throw ValueError("non decimal value", value);
    }

    /// <inheritdoc/>
    public override object? ParseValue(object value) => value switch
    {
        decimal m => m,
        int or long or short or sbyte or byte or ushort or uint or ulong => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
        float f when float.IsFinite(f) && Math.Abs(f) < 7.9e28f => (decimal)f,
        JsonElement e => ParseValue(e),
        _ => throw ValueError("non numeric value", value),
    };

    /// <inheritdoc/>
    public override object? Serialize(object value) => ParseValue(value);

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value is decimal m ? m : (decimal)Serialize(value)!);
    }
}
