using System.Text.Json;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Tests.Types.Scalars;

/// <summary>Shorthands for the coercion tables: run one coercion and return its value or its error message.</summary>
internal static class ScalarCoercion
{
    public static object? Literal(ILeafType type, ValueNode literal) => Capture(() => type.ParseLiteral(literal));

    public static object? Json(ILeafType type, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Capture(() => type.ParseValue(document.RootElement.Clone()));
    }

    public static object? Output(ILeafType type, object value) => Capture(() => type.Serialize(value));

    public static string Written(ILeafType type, object value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            type.WriteValue(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static object? Capture(Func<object?> coerce)
    {
        try
        {
            return coerce();
        }
        catch (GraphQLException e)
        {
            return new CoercionError(e.Message);
        }
    }
}

/// <summary>A coercion that failed, compared by message.</summary>
internal sealed record CoercionError(string Message);
