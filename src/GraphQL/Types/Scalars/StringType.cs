using System.Globalization;
using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>The built-in <c>String</c>: UTF-8 text (spec 3.5.3).</summary>
public sealed class StringType : ScalarType
{
    /// <summary>Creates the scalar; schemas share <see cref="BuiltInScalars.String"/>.</summary>
    public StringType()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(string);

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode node ? node.Value : throw LiteralError("a non string value", literal);
    }

    /// <inheritdoc/>
    public override object? ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() : throw ValueError("a non string value", value);

    /// <inheritdoc/>
    public override object? ParseValue(object value) => value switch
    {
        string s => s,
        JsonElement e => ParseValue(e),
        _ => throw ValueError("a non string value", value),
    };

    /// <inheritdoc/>
    public override object? Serialize(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double d when double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture),
        float f when float.IsFinite(f) => f.ToString("R", CultureInfo.InvariantCulture),
        int or long or short or sbyte or byte or ushort or uint or ulong or decimal => Convert.ToString(value, CultureInfo.InvariantCulture),
        char c => c.ToString(),
        Guid g => g.ToString(),
        Enum e => e.ToString(),
        _ => throw ValueError("value", value),
    };

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value as string ?? (string)Serialize(value)!);
    }
}
