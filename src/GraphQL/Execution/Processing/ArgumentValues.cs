using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Execution.Processing;

/// <summary>The coerced arguments of one field node (spec 6.4.1 CoerceArgumentValues), or the error that stopped coercion.</summary>
internal sealed record ArgumentValues(IReadOnlyDictionary<string, object?> Values, GraphQLError? Error)
{
    /// <summary>Coerces the arguments of <paramref name="node"/> against <paramref name="field"/>'s definitions.</summary>
    public static ArgumentValues Coerce(OutputField field, FieldNode node, IReadOnlyDictionary<string, object?> variables)
    {
        if (field.Arguments.Count == 0)
        {
            return new ArgumentValues(EmptyValues, null);
        }

        var given = new Dictionary<string, ArgumentNode>(node.Arguments.Count, StringComparer.Ordinal);
        foreach (var argument in node.Arguments)
        {
            given.TryAdd(argument.Name.Value, argument);
        }

        var values = new Dictionary<string, object?>(field.Arguments.Count, StringComparer.Ordinal);
        foreach (var definition in field.Arguments)
        {
            var name = definition.Name;
            var hasValue = given.TryGetValue(name, out var argument);
            object? value = null;
            if (hasValue && argument!.Value is VariableNode variable)
            {
                hasValue = variables.TryGetValue(variable.Name.Value, out value);
            }

            if (!hasValue && definition.HasDefaultValue)
            {
                values[name] = definition.CoercedDefaultValue;
                continue;
            }

            if (definition.Type is NonNullType)
            {
                if (!hasValue)
                {
                    return Failed($"Argument \"{field.Name}({name}:)\" of required type \"{definition.Type}\" was not provided.", node);
                }

                if (argument!.Value is NullValueNode || (argument.Value is VariableNode && value is null))
                {
                    return Failed($"Argument \"{field.Name}({name}:)\" has invalid value null; expected type \"{definition.Type}\".", argument);
                }
            }

            if (!hasValue)
            {
                continue;
            }

            if (argument!.Value is VariableNode)
            {
                values[name] = value;
                continue;
            }

            try
            {
                values[name] = InputLiteralCoercion.Coerce(argument.Value, definition.Type, variables);
            }
            catch (GraphQLException e)
            {
                return Failed($"Argument \"{field.Name}({name}:)\" has invalid value {LiteralPrinter.Print(argument.Value)}; {e.Message}", argument);
            }
        }

        return new ArgumentValues(values, null);
    }

    private static IReadOnlyDictionary<string, object?> EmptyValues => Planning.EmptyVariables.Instance;

    private static ArgumentValues Failed(string message, SyntaxNode node) =>
        new(EmptyValues, GraphQLError.WithCode(message, ErrorCodes.BadUserInput, node.Location.IsKnown ? [new SourceLocation(node.Location.Line, node.Location.Column)] : null));
}
