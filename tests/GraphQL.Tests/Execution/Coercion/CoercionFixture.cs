using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Tests.Execution.Coercion;

/// <summary>
/// The specification's example types (spec 3.10, 3.10.1, 3.11) in one schema, and a runner that
/// coerces a document's variables and then its first field's arguments, as execution does.
/// </summary>
internal static class CoercionFixture
{
    public static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query {
          example(value: ExampleInputObject): String
          oneOf(value: ExampleOneOfInputObject): String
          ints(value: [Int]): String
          nestedInts(value: [[Int]]): String
          requiredInts(value: [Int!]!): String
          int(value: Int): String
          requiredInt(value: Int!): String
          defaultedInt(value: Int = 42): String
          requiredDefaultedInt(value: Int! = 42): String
          float(value: Float): String
          string(value: String): String
          boolean(value: Boolean): String
          id(value: ID): String
          color(value: Color): String
          deep(value: Deep): String
          defaults(value: WithDefaults): String
        }

        input ExampleInputObject { a: String b: Int! }
        input ExampleOneOfInputObject @oneOf { a: String b: Int }
        enum Color { RED GREEN BLUE }
        input Deep { child: Deep value: Int }
        input WithDefaults { size: Int = 10 colors: [Color!] = [RED] label: String }
        """).Build();

    /// <summary>
    /// Coerces the variables of <paramref name="document"/>'s operation, then the arguments of its
    /// first field; returns the <c>value</c> argument as <see cref="Show"/> prints it, or the first error's message.
    /// </summary>
    public static string Run(string document, string? variablesJson = null)
    {
        var operation = (OperationDefinitionNode)GraphQLParser.Parse(document).Definitions[0];
        using var json = variablesJson is null ? null : JsonDocument.Parse(variablesJson);
        var variables = VariableCoercion.CoerceVariableValues(Schema, operation, json?.RootElement);
        if (!variables.IsSuccess)
        {
            return variables.Errors[0].Message;
        }

        var field = (FieldNode)operation.SelectionSet.Selections[0];
        var arguments = ArgumentCoercion.CoerceArgumentValues(Schema.QueryType.Fields[field.Name.Value].Arguments, field.Arguments, variables.Value!, field);
        if (!arguments.IsSuccess)
        {
            return arguments.Errors[0].Message;
        }

        return arguments.Value!.TryGetValue("value", out var value) ? Show(value) : "absent";
    }

    /// <summary>Coerces the variables of <paramref name="document"/> only.</summary>
    public static CoercionResult<IReadOnlyDictionary<string, object?>> Variables(string document, string? variablesJson, int maxErrors = 50)
    {
        var operation = (OperationDefinitionNode)GraphQLParser.Parse(document).Definitions[0];
        using var json = variablesJson is null ? null : JsonDocument.Parse(variablesJson);
        return VariableCoercion.CoerceVariableValues(Schema, operation, json?.RootElement.Clone(), maxErrors);
    }

    /// <summary>The schema type named by GraphQL type syntax such as <c>[Int!]</c>.</summary>
    public static IType Type(string syntax) => VariableCoercion.TypeFromSyntax(Schema, GraphQLParser.ParseType(syntax))!;

    /// <summary>A coerced value as the spec's tables write it: <c>{ a: "abc", b: 123 }</c>, <c>[1, 2]</c>, <c>null</c>.</summary>
    public static string Show(object? value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case InvalidValue:
                text.Append("invalid");
                break;
            case string s:
                text.Append(JsonSerializer.Serialize(s));
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case IReadOnlyDictionary<string, object?> fields:
                text.Append("{ ");
                text.AppendJoin(", ", fields.Select(f => $"{f.Key}: {Show(f.Value)}"));
                text.Append(" }");
                break;
            case IEnumerable items:
                text.Append('[');
                text.AppendJoin(", ", items.Cast<object?>().Select(Show));
                text.Append(']');
                break;
            case double d:
                text.Append(d.ToString("0.0###############", CultureInfo.InvariantCulture));
                break;
            case IFormattable f:
                text.Append(f.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value);
                break;
        }
    }
}
