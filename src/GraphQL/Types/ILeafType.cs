using System.Text.Json;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// A scalar or enum: the types whose values are coerced rather than selected (spec 3.5, 3.9).
/// Every method throws <see cref="GraphQLException"/> with a message naming the type and the value when the value does not fit;
/// null and null literals are the caller's business (spec 3.12.2) and are never passed in.
/// </summary>
public interface ILeafType : INamedType
{
    /// <summary>Input coercion of a literal (spec 3.5 Input Coercion); variables inside the literal are already replaced by the caller.</summary>
    object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null);

    /// <summary>Input coercion of a variable value given as JSON.</summary>
    object? ParseValue(JsonElement value);

    /// <summary>Input coercion of a variable value already in CLR form (string, bool, int, long, double, decimal, ...).</summary>
    object? ParseValue(object value);

    /// <summary>Result coercion (spec 3.5 Result Coercion): a value <see cref="WriteValue"/> and any JSON writer can write.</summary>
    object? Serialize(object value);

    /// <summary>Result coercion written straight to the response.</summary>
    void WriteValue(Utf8JsonWriter writer, object value);

    /// <summary>The literal for a runtime value, for printing default values (graphql-js astFromValue).</summary>
    ValueNode ToLiteral(object value);
}
