using System.Text.Json;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Tests.Validation.Conformance;

/// <summary>graphql-js's test scalar whose literal parsing gives nothing back, so that every literal of it is invalid.</summary>
internal sealed class UndefinedLiteralScalar(string name) : ScalarType(name)
{
    public override Type RuntimeType => typeof(object);

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => null;

    public override object? ParseValue(JsonElement value) => null;

    public override object? ParseValue(object value) => null;

    public override object? Serialize(object value) => value;
}
