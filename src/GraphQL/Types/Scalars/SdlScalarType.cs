using System.Globalization;
using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// A scalar declared in SDL that the engine has no implementation for: like graphql-js's
/// buildSchema, it passes values through (strings, numbers, booleans, lists and objects as given).
/// </summary>
public sealed class SdlScalarType : ScalarType
{
    /// <summary>A pass-through scalar named <paramref name="name"/>; <paramref name="directives"/> are those applied in SDL, <c>@specifiedBy</c> included.</summary>
    public SdlScalarType(string name, string? description = null, string? specifiedByUrl = null, IReadOnlyList<AppliedDirective>? directives = null)
        : base(name, description, specifiedByUrl, directives)
    {
    }

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(object);

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            StringValueNode s => s.Value,
            BooleanValueNode b => b.Value,
            IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? (object)l : double.Parse(i.Value, CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            EnumValueNode e => e.Value,
            NullValueNode => null,
            ListValueNode list => list.Values.Select(v => ParseLiteral(v, variables)).ToArray(),
            ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => ParseLiteral(f.Value, variables)),
            VariableNode v => variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null,
            _ => throw LiteralError("value", literal),
        };
    }

    /// <inheritdoc/>
    public override object? ParseValue(JsonElement value) => value.Clone();

    /// <inheritdoc/>
    public override object? ParseValue(object value) => value;

    /// <inheritdoc/>
    public override object? Serialize(object value) => value;
}
