using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// A scalar implementation under the description and directives an SDL declaration gives it
/// (<c>"Tanggal lahir" scalar Date</c>); coercion is the implementation's.
/// </summary>
internal sealed class DescribedScalarType(ScalarType implementation, string? description, string? specifiedByUrl, IReadOnlyList<AppliedDirective> directives)
    : ScalarType(implementation.Name, description, specifiedByUrl, directives)
{
    public override Type RuntimeType => implementation.RuntimeType;

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => implementation.ParseLiteral(literal, variables);

    public override object? ParseValue(JsonElement value) => implementation.ParseValue(value);

    public override object? ParseValue(object value) => implementation.ParseValue(value);

    public override object? Serialize(object value) => implementation.Serialize(value);

    public override void WriteValue(Utf8JsonWriter writer, object value) => implementation.WriteValue(writer, value);

    public override ValueNode ToLiteral(object value) => implementation.ToLiteral(value);
}
