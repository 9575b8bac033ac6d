using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Execution;

/// <summary>
/// Coerces a literal to an input type (spec 3.5 to 3.12 Input Coercion; graphql-js's coerceInputLiteral),
/// returning <see cref="InvalidValue.Instance"/> when it does not fit and, when asked, saying why
/// (graphql-js's validateInputLiteral). Recursion is bounded by <see cref="InputCoercionLimits.MaxDepth"/>.
/// </summary>
internal sealed class LiteralCoercer
{
    private static readonly object Invalid = InvalidValue.Instance;

    private readonly IReadOnlyDictionary<string, object?>? _variables;
    private readonly bool _ignoreVariables;
    private readonly List<LiteralProblem>? _problems;
    private readonly InputPath _path = new();

    private LiteralCoercer(IReadOnlyDictionary<string, object?>? variables, bool ignoreVariables, List<LiteralProblem>? problems)
    {
        _variables = variables;
        _ignoreVariables = ignoreVariables;
        _problems = problems;
    }

    /// <summary>
    /// The coerced value of <paramref name="literal"/>, or <see cref="InvalidValue.Instance"/>; a
    /// variable missing from <paramref name="variables"/> counts as absent. Problems go to
    /// <paramref name="problems"/> when given (then coercion goes on to find them all).
    /// </summary>
    public static object? Coerce(ValueNode literal, IType type, IReadOnlyDictionary<string, object?>? variables, List<LiteralProblem>? problems) =>
        new LiteralCoercer(variables, ignoreVariables: false, problems).Coerce(literal, type);

    /// <summary>The problems of <paramref name="literal"/> with its variables' values not yet known: variables are taken to fit.</summary>
    public static List<LiteralProblem> Validate(ValueNode literal, IType type)
    {
        var problems = new List<LiteralProblem>();
        new LiteralCoercer(null, ignoreVariables: true, problems).Coerce(literal, type);
        return problems;
    }

    private object? Report(string message, SyntaxNode node)
    {
        _problems?.Add(new LiteralProblem(message, node, _path.ToArray()));
        return Invalid;
    }

    private bool IsMissing(VariableNode variable) =>
        !_ignoreVariables && (_variables is null || !_variables.ContainsKey(variable.Name.Value));

    private object? Coerce(ValueNode literal, IType type)
    {
        if (literal is VariableNode variable)
        {
            return CoerceVariable(variable, type);
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                return Report($"Expected value of non-null type \"{type}\" not to be null.", literal);
            }

            type = nonNull.OfType;
        }

        if (literal is NullValueNode)
        {
            return null;
        }

        if (type is ILeafType leaf)
        {
            return CoerceLeaf(literal, leaf);
        }

        if (_path.Depth >= InputCoercionLimits.MaxDepth)
        {
            return Report(InputCoercionLimits.TooDeep(type.ToString()!), literal);
        }

        return type switch
        {
            ListType list => CoerceList(literal, list),
            InputObjectType input => CoerceInputObject(literal, input),
            _ => Report($"Expected value of type \"{type}\", found: {LiteralPrinter.Print(literal)}; it is not an input type.", literal),
        };
    }

    private object? CoerceVariable(VariableNode variable, IType type)
    {
        if (_ignoreVariables)
        {
            return null;
        }

        object? value = null;
        var isProvided = _variables is not null && _variables.TryGetValue(variable.Name.Value, out value);
        if (type is NonNullType)
        {
            if (!isProvided)
            {
                return Report($"Expected variable \"${variable.Name.Value}\" provided to type \"{type}\" to provide a runtime value.", variable);
            }

            if (value is null)
            {
                return Report($"Expected variable \"${variable.Name.Value}\" provided to non-null type \"{type}\" not to be null.", variable);
            }
        }

        // an absent variable has no value: the caller decides between null, a default, or invalid
        return isProvided ? value : Invalid;
    }

    private object? CoerceLeaf(ValueNode literal, ILeafType leaf)
    {
        try
        {
            return leaf.ParseLiteral(literal, _variables);
        }
        catch (GraphQLException e)
        {
            return Report(e.Message, literal);
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidOperationException or ArgumentException)
        {
            return Report($"Expected value of type \"{leaf.Name}\", but encountered error \"{e.Message}\"; found: {LiteralPrinter.Print(literal)}.", literal);
        }
    }

    private object? CoerceList(ValueNode literal, ListType list)
    {
        if (literal is not ListValueNode items)
        {
            // spec 3.12 Input Coercion: a single value is a list of one
            var item = Coerce(literal, list.OfType);
            return item == Invalid ? Invalid : new List<object?>(1) { item };
        }

        var result = new List<object?>(items.Values.Count);
        var isValid = true;
        for (var i = 0; i < items.Values.Count; i++)
        {
            _path.Push(i);
            var itemNode = items.Values[i];
            var item = Coerce(itemNode, list.OfType);
            _path.Pop();
            if (item == Invalid)
            {
                // an absent variable in a list of nullable items is null (spec 3.12 Input Coercion)
                if (itemNode is VariableNode v && IsMissing(v) && list.OfType is not NonNullType)
                {
                    item = null;
                }
                else
                {
                    isValid = false;
                    if (_problems is null)
                    {
                        return Invalid;
                    }
                }
            }

            result.Add(item);
        }

        return isValid ? result : Invalid;
    }

    // while the schema is being completed a nested default may not be coerced yet: coerce its literal here, within the depth bound
    private object? DefaultOf(InputValue field)
    {
        if (field.CoercedDefaultValue is not null || field.DefaultValue is NullValueNode)
        {
            return field.CoercedDefaultValue;
        }

        _path.Push(field.Name);
        var value = Coerce(field.DefaultValue!, field.Type);
        _path.Pop();
        return value;
    }

    private string? OneOfVariableProblem(VariableNode variable, InputValue field, InputObjectType input)
    {
        object? value = null;
        if (_variables is null || !_variables.TryGetValue(variable.Name.Value, out value))
        {
            return $"Expected variable \"${variable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{input.Name}\" to provide a runtime value.";
        }

        return value is null
            ? $"Expected variable \"${variable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{input.Name}\" not to be null."
            : null;
    }

    private object? CoerceInputObject(ValueNode literal, InputObjectType input)
    {
        if (literal is not ObjectValueNode obj)
        {
            return Report($"Expected value of type \"{input.Name}\" to be an object, found: {LiteralPrinter.Print(literal)}.", literal);
        }

        var isValid = true;
        var given = new Dictionary<string, ObjectFieldNode>(obj.Fields.Count, StringComparer.Ordinal);
        foreach (var fieldNode in obj.Fields)
        {
            if (!input.Fields.ContainsField(fieldNode.Name.Value))
            {
                isValid = false;
                Report($"Expected value of type \"{input.Name}\" not to include unknown field \"{fieldNode.Name.Value}\", found: {LiteralPrinter.Print(literal)}.", fieldNode);
                continue;
            }

            given.TryAdd(fieldNode.Name.Value, fieldNode);
        }

        if (!isValid && _problems is null)
        {
            return Invalid;
        }

        var result = new Dictionary<string, object?>(input.Fields.Count, StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            var isRequired = field.Type is NonNullType && !field.HasDefaultValue;
            if (input.IsOneOf && given.TryGetValue(field.Name, out var oneOfNode) && oneOfNode.Value is VariableNode oneOfVariable && !_ignoreVariables
                && OneOfVariableProblem(oneOfVariable, field, input) is { } oneOfProblem)
            {
                isValid = false;
                Report(oneOfProblem, literal);
                continue;
            }

            if (!given.TryGetValue(field.Name, out var fieldNode) || (fieldNode.Value is VariableNode v && IsMissing(v) && !isRequired))
            {
                if (isRequired)
                {
                    isValid = false;
                    Report($"Expected value of type \"{input.Name}\" to include required field \"{field.Name}\", found: {LiteralPrinter.Print(literal)}.", literal);
                }
                else if (field.HasDefaultValue)
                {
                    var fieldDefault = DefaultOf(field);
                    if (fieldDefault == Invalid)
                    {
                        isValid = false;
                        continue;
                    }

                    result[field.Name] = fieldDefault;
                }

                continue;
            }

            _path.Push(field.Name);
            var value = Coerce(fieldNode.Value, field.Type);
            _path.Pop();
            if (value == Invalid)
            {
                isValid = false;
                if (_problems is null)
                {
                    return Invalid;
                }

                continue;
            }

            result[field.Name] = value;
        }

        // spec 3.10.1 OneOf Input Objects: exactly one field, and it is not null
        if (input.IsOneOf && isValid)
        {
            if (given.Count != 1 || result.Count != 1)
            {
                return Report(VariableCoercion.OneOfMessage(input), literal);
            }

            var (name, only) = given.First();
            if (only.Value is NullValueNode || (result[name] is null && !_ignoreVariables))
            {
                _path.Push(name);
                Report(VariableCoercion.OneOfMessage(input), literal);
                _path.Pop();
                return Invalid;
            }
        }

        return isValid ? result : Invalid;
    }
}
