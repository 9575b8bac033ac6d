using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// Coerces the arguments of a field or directive (spec 6.4.1 CoerceArgumentValues) and single
/// literals (graphql-js's coerceInputLiteral and validateInputLiteral), for execution and for the
/// ValuesOfCorrectType validation rule. Coerced values take the forms <see cref="VariableCoercion"/> documents.
/// </summary>
public static class ArgumentCoercion
{
    /// <summary>
    /// The coerced arguments: given ones, defaults for the rest, and nothing for arguments that are
    /// neither given nor defaulted (so resolvers can tell absent from null). The first invalid
    /// argument stops coercion with an error at the literal (or at <paramref name="node"/>, the field
    /// or directive, for a missing required argument), coded <see cref="ErrorCodes.BadUserInput"/>.
    /// </summary>
    public static CoercionResult<IReadOnlyDictionary<string, object?>> CoerceArgumentValues(
        IReadOnlyList<InputValue> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?> variableValues,
        SyntaxNode? node = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(variableValues);

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var argument = Find(arguments, definition.Name);
            var isRequired = definition.Type is NonNullType && !definition.HasDefaultValue;
            var isMissingVariable = argument?.Value is VariableNode variable && !variableValues.ContainsKey(variable.Name.Value);
            if (argument is null || (isMissingVariable && !isRequired))
            {
                if (argument is null && isRequired)
                {
                    return Failure($"Argument \"{definition}\" of required type \"{definition.Type}\" was not provided.", node?.Location);
                }

                if (definition.HasDefaultValue)
                {
                    coerced[definition.Name] = definition.CoercedDefaultValue;
                }

                continue;
            }

            var value = LiteralCoercer.Coerce(argument.Value, definition.Type, variableValues, null);
            if (value == InvalidValue.Instance)
            {
                // a second pass only for invalid input, to say why (graphql-js's validateInputLiteral)
                var problems = new List<LiteralProblem>();
                LiteralCoercer.Coerce(argument.Value, definition.Type, variableValues, problems);
                var problem = problems.Count > 0
                    ? problems[0]
                    : new LiteralProblem($"Expected value of type \"{definition.Type}\", found: {LiteralPrinter.Print(argument.Value)}.", argument.Value, []);
                return Failure($"Argument \"{definition}\" has invalid value{InputPath.Print(problem.Path)}: {problem.Message}", problem.Node.Location);
            }

            coerced[definition.Name] = value;
        }

        return new CoercionResult<IReadOnlyDictionary<string, object?>>(coerced, []);
    }

    /// <summary>
    /// The value of <paramref name="literal"/> as <paramref name="type"/>, or <see cref="InvalidValue.Instance"/>
    /// when it does not fit (graphql-js's valueFromAST). A variable missing from <paramref name="variables"/> is absent:
    /// null inside a list of nullable items, the default or nothing in an input object field, invalid elsewhere.
    /// </summary>
    public static object? ValueFromLiteral(ValueNode literal, IType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        return LiteralCoercer.Coerce(literal, type, variables, null);
    }

    /// <summary>True when <paramref name="literal"/> fits <paramref name="type"/> whatever its variables turn out to be.</summary>
    public static bool IsValidLiteral(ValueNode literal, IType type) => ValidateLiteral(literal, type).Count == 0;

    /// <summary>
    /// Every reason <paramref name="literal"/> does not fit <paramref name="type"/>, with variables taken
    /// to fit (their values are checked when the request runs); for the ValuesOfCorrectType rule (spec 5.6.1).
    /// </summary>
    public static IReadOnlyList<LiteralProblem> ValidateLiteral(ValueNode literal, IType type)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        return LiteralCoercer.Validate(literal, type);
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    private static CoercionResult<IReadOnlyDictionary<string, object?>> Failure(string message, Location? location) =>
        new(
            null,
            [GraphQLError.WithCode(message, ErrorCodes.BadUserInput, location is { } at ? [new SourceLocation(at.Line, at.Column)] : null)]);
}
