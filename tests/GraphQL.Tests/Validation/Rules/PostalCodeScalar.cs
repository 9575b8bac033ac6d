using System.Text.Json;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Tests.Validation.Rules;

/// <summary>A custom scalar that rejects bad literals with an ordinary exception rather than a GraphQL one.</summary>
internal sealed class PostalCodeScalar() : ScalarType("PostalCode")
{
    public override Type RuntimeType => typeof(string);

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        literal is StringValueNode { Value.Length: 5 } code && code.Value.All(char.IsAsciiDigit)
            ? code.Value
            : throw new FormatException("A postal code is five digits.");

    public override object? ParseValue(JsonElement value) => value.GetString();

    public override object? ParseValue(object value) => value;

    public override object? Serialize(object value) => value;
}
