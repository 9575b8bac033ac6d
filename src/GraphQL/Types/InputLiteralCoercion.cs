using System.Collections;
using System.Reflection;
using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Input coercion of literals against input types (spec 3.10 and 3.12 Input Coercion, 6.4.1
/// CoerceArgumentValues), and the reverse: the literal of a runtime value (graphql-js astFromValue).
/// Input objects coerce to <c>Dictionary&lt;string, object?&gt;</c> in field order; lists to <c>List&lt;object?&gt;</c>.
/// </summary>
public static class InputLiteralCoercion
{
    private const int MaxDepth = 64;

    /// <summary>
    /// Coerces <paramref name="literal"/> to <paramref name="type"/>; variables are looked up in
    /// <paramref name="variables"/> (already coerced), an absent variable counting as null.
    /// Throws <see cref="GraphQLException"/> with graphql-js's wording when the literal does not fit.
    /// </summary>
    public static object? Coerce(ValueNode literal, IType type, IReadOnlyDictionary<string, object?>? variables = null) =>
        Coerce(literal, type, variables, 0);

    /// <summary>The literal of a runtime value of <paramref name="type"/>, as SDL and introspection print default values.</summary>
    public static ValueNode ToLiteral(object? value, IType type) => ToLiteral(value, type, 0);

    private static object? Coerce(ValueNode literal, IType type, IReadOnlyDictionary<string, object?>? variables, int depth)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        if (depth > MaxDepth)
        {
            throw new GraphQLException($"Expected value of type \"{type}\" nests deeper than {MaxDepth} levels.");
        }

        if (literal is VariableNode variable)
        {
            var value = variables is not null && variables.TryGetValue(variable.Name.Value, out var given) ? given : null;
            if (value is null && type is NonNullType)
            {
                throw new GraphQLException($"Expected value of type \"{type}\", found null.");
            }

            return value;
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                throw new GraphQLException($"Expected value of type \"{type}\", found null.");
            }

            return Coerce(literal, nonNull.OfType, variables, depth);
        }

        if (literal is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (literal is ListValueNode items)
                {
                    var result = new List<object?>(items.Values.Count);
                    foreach (var item in items.Values)
                    {
                        result.Add(Coerce(item, list.OfType, variables, depth + 1));
                    }

                    return result;
                }

                // spec 3.12.1: a single value where a list is expected is a list of one
                return new List<object?> { Coerce(literal, list.OfType, variables, depth + 1) };
            case InputObjectType input:
                return CoerceInputObject(literal, input, variables, depth);
            case ILeafType leaf:
                try
                {
                    return leaf.ParseLiteral(literal, variables);
                }
                catch (GraphQLException e)
                {
                    throw new GraphQLException($"Expected value of type \"{type}\", found {LiteralPrinter.Print(literal)}; {e.Message}");
                }

            default:
                throw new GraphQLException($"Expected value of type \"{type}\", found {LiteralPrinter.Print(literal)}; it is not an input type.");
        }
    }

    private static Dictionary<string, object?> CoerceInputObject(ValueNode literal, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, int depth)
    {
        if (literal is not ObjectValueNode obj)
        {
            throw new GraphQLException($"Expected value of type \"{input.Name}\", found {LiteralPrinter.Print(literal)}.");
        }

        var given = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            if (!input.Fields.ContainsField(field.Name.Value))
            {
                throw new GraphQLException($"Field \"{field.Name.Value}\" is not defined by type \"{input.Name}\".");
            }

            if (!given.TryAdd(field.Name.Value, field.Value))
            {
                throw new GraphQLException($"There can be only one input field named \"{field.Name.Value}\".");
            }
        }

        var result = new Dictionary<string, object?>(input.Fields.Count, StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (given.TryGetValue(field.Name, out var value) && !(value is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value))))
            {
                result[field.Name] = Coerce(value, field.Type, variables, depth + 1);
            }
            else if (field.DefaultValue is not null)
            {
                result[field.Name] = Coerce(field.DefaultValue, field.Type, null, depth + 1);
            }
            else if (field.Type is NonNullType)
            {
                throw new GraphQLException($"Field \"{input.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.");
            }
        }

        // spec 3.10.1 OneOf Input Objects
        if (input.IsOneOf)
        {
            if (result.Count != 1)
            {
                throw new GraphQLException($"OneOf Input Object \"{input.Name}\" must specify exactly one key.");
            }

            var (name, only) = result.First();
            if (only is null)
            {
                throw new GraphQLException($"Field \"{input.Name}.{name}\" must be non-null.");
            }
        }

        return result;
    }

    private static ValueNode ToLiteral(object? value, IType type, int depth)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (depth > MaxDepth)
        {
            throw new GraphQLException($"The value for \"{type}\" nests deeper than {MaxDepth} levels.");
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
