using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>The built-in <c>Boolean</c> (spec 3.5.5).</summary>
public sealed class BooleanType : ScalarType
{
    /// <summary>Creates the scalar; schemas share <see cref="BuiltInScalars.Boolean"/>.</summary>
    public BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(bool);

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is BooleanValueNode node ? node.Value : throw LiteralError("a non boolean value", literal);
    }

    /// <inheritdoc/>
    public override object? ParseValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw ValueError("a non boolean value", value),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object value) => value switch
    {
        bool b => b,
        JsonElement e => ParseValue(e),
        _ => throw ValueError("a non boolean value", value),
    };

    /// <inheritdoc/>
    public override object? Serialize(object value) => value switch
    {
        bool b => b,
        int i => i != 0,
        long l => l != 0,
        double d when double.IsFinite(d) => d != 0,
        _ => throw ValueError("a non boolean value", value),
    };

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value is bool b ? b : (bool)Serialize(value)!);
    }
}
