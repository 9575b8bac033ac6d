using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Validation;

namespace BpjsTk.GraphQL.Tests.Differential;

/// <summary>
/// Runs corpus cases through our engine with the resolver conventions of <c>js/differential.mjs</c>: a field reads
/// the parent's entry of its name; <c>{"__error": m}</c> fails it with message m; <c>{"__echoArgs": true}</c>
/// answers its arguments as JSON; interfaces and unions resolve by the value's <c>__typename</c>.
/// </summary>
internal sealed class DifferentialEngine
{
    private readonly Schema _schema;
    private readonly object? _root;

    public DifferentialEngine(string sdl, string rootJson)
    {
        _schema = Bind(sdl);
        using var root = JsonDocument.Parse(rootJson);
        _root = ToClr(root.RootElement);
    }

    /// <summary>The outcome in the shape the node script prints: syntaxError, validationErrors or result.</summary>
    public async Task<JsonObject> RunAsync(DifferentialCase testCase)
    {
        DocumentNode document;
        try
        {
            document = GraphQLParser.Parse(testCase.Source);
        }
        catch (GraphQLSyntaxException e)
        {
            return new JsonObject { ["syntaxError"] = Shape(e.Error) };
        }

        var errors = DocumentValidator.Validate(_schema, document);
        if (errors.Count > 0)
        {
            return new JsonObject { ["validationErrors"] = new JsonArray([.. errors.Select(Shape)]) };
        }

        using var variables = testCase.Variables is null ? null : JsonDocument.Parse(testCase.Variables);
        var result = await GraphQLExecutor.ExecuteAsync(_schema, document, testCase.OperationName, variables?.RootElement, new ExecutionOptions { RootValue = _root });
        var response = JsonNode.Parse(result.ToJson())!.AsObject();
        var shaped = new JsonObject();
        if (response["errors"] is JsonArray responseErrors)
        {
            shaped["errors"] = new JsonArray([.. responseErrors.Select(e => ShapeJson(e!.AsObject()))]);
        }

        if (response.TryGetPropertyValue("data", out var data))
        {
            shaped["data"] = data?.DeepClone();
        }

        return new JsonObject { ["result"] = shaped };
    }

    private static Schema Bind(string sdl)
    {
        var plain = SchemaBuilder.FromSdl(sdl).Build();
        var builder = SchemaBuilder.FromSdl(sdl);
        foreach (var type in plain.Types)
        {
            if (type is ObjectType { Name: not ['_', '_', ..] } objectType)
            {
                foreach (var field in objectType.Fields)
                {
                    builder.BindResolver(objectType.Name, field.Name, Resolve(field.Name));
                }
            }
            else if (type is InterfaceType { Name: not ['_', '_', ..] } or UnionType)
            {
                builder.BindTypeResolver(type.Name, ResolveByTypename);
            }
        }

        return builder.Build();
    }

    private static FieldResolver Resolve(string fieldName) => context =>
    {
        object? value = null;
        if (context.Parent<object?>() is IReadOnlyDictionary<string, object?> parent)
        {
            parent.TryGetValue(fieldName, out value);
        }

        if (value is IReadOnlyDictionary<string, object?> convention)
        {
            // the thrown message passes to the response unmasked, as graphql-js passes an Error's message
            if (convention.TryGetValue("__error", out var message))
            {
                throw new GraphQLException((string)message!);
            }

            if (convention.TryGetValue("__echoArgs", out var echo) && echo is true)
            {
                return new ValueTask<object?>(EchoArguments(context));
            }
        }

        return new ValueTask<object?>(value);
    };

    private static ObjectType? ResolveByTypename(IResolverContext context, object value) =>
        value is IReadOnlyDictionary<string, object?> entries
        && entries.TryGetValue("__typename", out var name)
        && name is string typeName
        && context.Schema.TryGetType<ObjectType>(typeName, out var type)
            ? type
            : null;

    private static string EchoArguments(IResolverContext context)
    {
        var text = new StringBuilder("{");
        foreach (var argument in context.Field.Arguments)
        {
            if (context.HasArgument(argument.Name))
            {
                text.Append(text.Length > 1 ? "," : string.Empty);
                WriteString(text, argument.Name);
                text.Append(':');
                WriteValue(text, context.ArgumentValue<object?>(argument.Name));
            }
        }

        return text.Append('}').ToString();
    }

    // JSON as JavaScript's JSON.stringify writes it, so both sides echo arguments in the same text
    private static void WriteValue(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                WriteString(text, s);
                break;
            case bool flag:
                text.Append(flag ? "true" : "false");
                break;
            case JsonElement element:
                WriteValue(text, ToClr(element));
                break;
            case double or float or decimal:
                text.Append(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            case IFormattable number:
                text.Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> fields:
                text.Append('{');
                var first = true;
                foreach (var (key, item) in fields)
                {
                    text.Append(first ? string.Empty : ",");
                    WriteString(text, key);
                    text.Append(':');
                    WriteValue(text, item);
                    first = false;
                }

                text.Append('}');
                break;
            case IEnumerable items:
                text.Append('[');
                var firstItem = true;
                foreach (var item in items)
                {
                    text.Append(firstItem ? string.Empty : ",");
                    WriteValue(text, item);
                    firstItem = false;
                }

                text.Append(']');
                break;
            default:
                WriteString(text, value.ToString() ?? string.Empty);
                break;
        }
    }

    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        text.Append('"');
    }

    private static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToClr(p.Value), StringComparer.Ordinal) as IReadOnlyDictionary<string, object?>,
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static JsonObject Shape(GraphQLError error)
    {
        var shaped = new JsonObject { ["message"] = error.Message };
        if (error.Locations.Count > 0)
        {
            shaped["locations"] = new JsonArray([.. error.Locations.Select(l => (JsonNode)new JsonObject { ["line"] = l.Line, ["column"] = l.Column })]);
        }

        if (error.Path is { } path)
        {
            shaped["path"] = new JsonArray([.. path.Select(p => p is int index ? JsonValue.Create(index) : (JsonNode)JsonValue.Create(p.ToString()!))]);
        }

        return shaped;
    }

    private static JsonObject ShapeJson(JsonObject error)
    {
        var shaped = new JsonObject { ["message"] = error["message"]?.DeepClone() };
        if (error["locations"] is JsonArray locations)
        {
            shaped["locations"] = new JsonArray([.. locations.Select(l => (JsonNode)new JsonObject { ["line"] = l!["line"]!.DeepClone(), ["column"] = l["column"]!.DeepClone() })]);
        }

        if (error["path"] is JsonArray path)
        {
            shaped["path"] = path.DeepClone();
        }

        return shaped;
    }
}
