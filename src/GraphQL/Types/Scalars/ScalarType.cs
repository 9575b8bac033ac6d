using System.Globalization;
using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>A scalar type (spec 3.5): a leaf whose values are coerced by the methods of <see cref="ILeafType"/>.</summary>
public abstract class ScalarType : ILeafType
{
    /// <summary>A scalar named <paramref name="name"/>.</summary>
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null, IReadOnlyList<AppliedDirective>? directives = null)
    {
        Name = name;
        Description = description;
        SpecifiedByUrl = specifiedByUrl;
        Directives = directives ?? (specifiedByUrl is null
            ? []
            : [new AppliedDirective("specifiedBy", [new ArgumentNode(new NameNode("url"), new StringValueNode(specifiedByUrl, false))])]);
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string? Description { get; }

    /// <summary>The URL of the scalar's specification (spec 3.13.4 @specifiedBy), or null.</summary>
    public string? SpecifiedByUrl { get; }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.Scalar;

    /// <inheritdoc/>
    public IReadOnlyList<AppliedDirective> Directives { get; }

    /// <summary>The CLR type of the coerced input values.</summary>
    public abstract Type RuntimeType { get; }

    /// <inheritdoc/>
    public abstract object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null);

    /// <inheritdoc/>
    public abstract object? ParseValue(JsonElement value);

    /// <inheritdoc/>
    public abstract object? ParseValue(object value);

    /// <inheritdoc/>
    public abstract object? Serialize(object value);

    /// <inheritdoc/>
    public virtual void WriteValue(Utf8JsonWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteSerialized(writer, Serialize(value));
    }

    /// <inheritdoc/>
    public virtual ValueNode ToLiteral(object value) => SerializedToLiteral(Serialize(value));

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>Writes a value in the forms <see cref="Serialize"/> returns.</summary>
    protected static void WriteSerialized(Utf8JsonWriter writer, object? serialized)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (serialized)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case JsonElement e: e.WriteTo(writer); break;
            default: JsonSerializer.Serialize(writer, serialized, serialized.GetType()); break;
        }
    }

    /// <summary>The literal of a serialized value: numbers as Int or Float, strings, booleans (graphql-js astFromValue).</summary>
    protected static ValueNode SerializedToLiteral(object? serialized) => serialized switch
    {
        null => new NullValueNode(),
        string s => new StringValueNode(s, false),
        bool b => new BooleanValueNode(b),
        int i => new IntValueNode(i.ToString(CultureInfo.InvariantCulture)),
        long l => new IntValueNode(l.ToString(CultureInfo.InvariantCulture)),
        double d when Math.Floor(d) == d && Math.Abs(d) < 1e21 => new IntValueNode(d.ToString("F0", CultureInfo.InvariantCulture)),
        double d => new FloatValueNode(d.ToString("R", CultureInfo.InvariantCulture)),
        decimal m when decimal.Truncate(m) == m => new IntValueNode(decimal.Truncate(m).ToString(CultureInfo.InvariantCulture)),
        decimal m => new FloatValueNode(m.ToString(CultureInfo.InvariantCulture)),
        _ => new StringValueNode(Convert.ToString(serialized, CultureInfo.InvariantCulture) ?? string.Empty, false),
    };

    /// <summary>An input-coercion error for a literal, worded like graphql-js (<c>Int cannot represent non-integer value: 1.5</c>).</summary>
    protected GraphQLException LiteralError(string problem, ValueNode literal) =>
        new($"{Name} cannot represent {problem}: {LiteralText(literal)}");

    /// <summary>A coercion error for a CLR or JSON value, worded like graphql-js.</summary>
    protected GraphQLException ValueError(string problem, object? value) =>
        new($"{Name} cannot represent {problem}: {ValueText(value)}");

    /// <summary>A literal as GraphQL text, for error messages.</summary>
    protected static string LiteralText(ValueNode literal) => LiteralPrinter.Print(literal);

    /// <summary>A runtime value as graphql-js's inspect would show it, for error messages.</summary>
    protected internal static string ValueText(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        JsonElement e => Execution.JsonValueInspector.Inspect(e),
        _ => value.ToString() ?? value.GetType().Name,
    };
}
