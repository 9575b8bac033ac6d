using System.Globalization;
using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>The built-in <c>Float</c>: a finite double-precision number (spec 3.5.2).</summary>
public sealed class FloatType : ScalarType
{
    /// <summary>Creates the scalar; schemas share <see cref="BuiltInScalars.Float"/>.</summary>
    public FloatType()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(double);

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
        var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(number) ? number : throw LiteralError("non numeric value", literal);
    }

    /// <inheritdoc/>
    public override object? ParseValue(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
        {
            return number;
        }

        throw ValueError("non numeric value", value);
    }

    /// <inheritdoc/>
    public override object? ParseValue(object value) => value switch
    {
        double d when double.IsFinite(d) => d,
        float f when float.IsFinite(f) => (double)f,
        int or long or short or sbyte or byte or ushort or uint or ulong or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        JsonElement e => ParseValue(e),
        _ => throw ValueError("non numeric value", value),
    };

    /// <inheritdoc/>
    public override object? Serialize(object value) => value switch
    {
        double d when double.IsFinite(d) => d,
        bool b => b ? 1d : 0d,
        string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed) => parsed,
        double or string => throw ValueError("non numeric value", value),
        _ => ParseValue(value),
    };
}
