using System.Collections;
using System.Reflection;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Input coercion of literals for the type system (default values, applied directives' arguments), and
/// the reverse: the literal of a runtime value (graphql-js astFromValue). Input objects coerce to
/// <c>Dictionary&lt;string, object?&gt;</c> in field order; lists to <c>List&lt;object?&gt;</c>.
/// </summary>
public static class InputLiteralCoercion
{
    /// <summary>
    /// Coerces <paramref name="literal"/> to <paramref name="type"/> (the engine's literal coercion,
    /// <see cref="Execution.ArgumentCoercion.ValueFromLiteral"/>); variables are looked up in
    /// <paramref name="variables"/> (already coerced). Throws <see cref="GraphQLException"/> with
    /// graphql-js 17's wording, and where inside the value, when the literal does not fit.
    /// </summary>
    public static object? Coerce(ValueNode literal, IType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        var problems = new List<LiteralProblem>();
        var value = LiteralCoercer.Coerce(literal, type, variables, problems);
        if (value != InvalidValue.Instance)
        {
            return value;
        }

        var problem = problems.Count > 0 ? problems[0] : new LiteralProblem($"Expected value of type \"{type}\", found: {LiteralPrinter.Print(literal)}.", literal, []);
        throw new GraphQLException(problem.Path.Count == 0 ? problem.Message : $"{problem.Message} (at value{InputPath.Print(problem.Path)[4..]})");
    }

    /// <summary>The literal of a runtime value of <paramref name="type"/>, as SDL and introspection print default values.</summary>
    public static ValueNode ToLiteral(object? value, IType type) => ToLiteral(value, type, 0);

    private static ValueNode ToLiteral(object? value, IType type, int depth)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (depth > InputCoercionLimits.MaxDepth)
        {
            throw new GraphQLException($"The value for \"{type}\" nests deeper than {InputCoercionLimits.MaxDepth} levels.");
        }

        if (type is NonNullType nonNull)
        {
            return value is null
                ? throw new GraphQLException($"Expected value of type \"{type}\", found null.")
                : ToLiteral(value, nonNull.OfType, depth);
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string && value is not IDictionary)
                {
                    return new ListValueNode(items.Cast<object?>().Select(i => ToLiteral(i, list.OfType, depth + 1)).ToArray());
                }

                return ToLiteral(value, list.OfType, depth + 1);
            case InputObjectType input:
                return InputObjectLiteral(value, input, depth);
            case ILeafType leaf:
                return leaf.ToLiteral(value);
            default:
                throw new GraphQLException($"\"{type}\" is not an input type.");
        }
    }

    private static ObjectValueNode InputObjectLiteral(object value, InputObjectType input, int depth)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var field in input.Fields)
        {
            object? fieldValue;
            switch (value)
            {
                case IReadOnlyDictionary<string, object?> readOnly:
                    if (!readOnly.TryGetValue(field.Name, out fieldValue))
                    {
                        continue;
                    }

                    break;
                case IDictionary<string, object?> dictionary:
                    if (!dictionary.TryGetValue(field.Name, out fieldValue))
                    {
                        continue;
                    }

                    break;
                default:
                    var property = field.Property
                        ?? value.GetType().GetProperty(field.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                    fieldValue = property?.GetValue(value);
                    if (fieldValue is null)
                    {
                        continue;
                    }

                    break;
            }

            fields.Add(new ObjectFieldNode(new NameNode(field.Name), ToLiteral(fieldValue, field.Type, depth + 1)));
        }

        return new ObjectValueNode(fields);
    }
}
