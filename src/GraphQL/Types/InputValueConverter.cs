using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Converts coerced input values (dictionaries for input objects, lists, scalars' runtime values)
/// to the CLR type a resolver asks for: <c>ArgumentValue&lt;RegionFilter&gt;("where")</c>,
/// <c>ArgumentValue&lt;int[]&gt;("ids")</c>, <c>ArgumentValue&lt;long&gt;("first")</c>.
/// </summary>
public static class InputValueConverter
{
    private static readonly ConcurrentDictionary<Type, ConstructorInfo?> Constructors = new();

    /// <summary>Converts <paramref name="value"/> of GraphQL type <paramref name="type"/> to <typeparamref name="T"/>.</summary>
    public static T Convert<T>(object? value, IType type) => (T)Convert(value, type, typeof(T))!;

    /// <summary>Converts <paramref name="value"/> of GraphQL type <paramref name="type"/> to <paramref name="target"/>.</summary>
    public static object? Convert(object? value, IType type, Type target)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(target);
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        }

        target = Nullable.GetUnderlyingType(target) ?? target;
        type = type.NullableType();
        if (target.IsInstanceOfType(value) && type is not ListType)
        {
            return value;
        }

        return type switch
        {
            ListType list when value is IEnumerable items => ConvertList(items, list.OfType, target),
            InputObjectType input when value is IReadOnlyDictionary<string, object?> fields => ConvertInputObject(fields, input, target == typeof(object) ? input.RuntimeType ?? target : target),
            _ => ConvertScalar(value, target),
        };
    }

    private static object ConvertList(IEnumerable items, IType itemType, Type target)
    {
        var elementType = target.IsArray
            ? target.GetElementType()!
            : target.IsGenericType ? target.GetGenericArguments()[0] : typeof(object);
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in items)
        {
            list.Add(Convert(item, itemType, elementType));
        }

        if (target.IsArray)
        {
            var array = Array.CreateInstance(elementType, list.Count);
            list.CopyTo(array, 0);
            return array;
        }

        return target.IsInstanceOfType(list) ? list : Activator.CreateInstance(target, list)!;
    }

    private static object ConvertInputObject(IReadOnlyDictionary<string, object?> fields, InputObjectType input, Type target)
    {
        if (target.IsInstanceOfType(fields))
        {
            return fields;
        }

        var constructor = Constructors.GetOrAdd(target, FindConstructor);
        if (constructor is null)
        {
            throw new GraphQLException($"Input object {input.Name} cannot be converted to {target.Name}: it needs a public constructor.");
        }

        var parameters = constructor.GetParameters();
        var arguments = new object?[parameters.Length];
        var usedByConstructor = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < parameters.Length; i++)
        {
            var field = input.Fields.FirstOrDefault(f => string.Equals(f.Name, parameters[i].Name, StringComparison.OrdinalIgnoreCase));
            if (field is not null && fields.TryGetValue(field.Name, out var fieldValue))
            {
                arguments[i] = Convert(fieldValue, field.Type, parameters[i].ParameterType);
                usedByConstructor.Add(field.Name);
            }
            else
            {
                arguments[i] = parameters[i].HasDefaultValue ? parameters[i].DefaultValue : null;
            }
        }

        var instance = constructor.Invoke(arguments);
        foreach (var field in input.Fields)
        {
            if (usedByConstructor.Contains(field.Name) || !fields.TryGetValue(field.Name, out var fieldValue))
            {
                continue;
            }

            var property = field.Property ?? target.GetProperty(field.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is { CanWrite: true })
            {
                property.SetValue(instance, Convert(fieldValue, field.Type, property.PropertyType));
            }
        }

        return instance;
    }

    private static ConstructorInfo? FindConstructor(Type target) =>
        target.GetConstructors().OrderBy(c => c.GetParameters().Length).FirstOrDefault();

    private static object ConvertScalar(object value, Type target)
    {
        if (target.IsEnum && value is string name)
        {
            return Enum.Parse(target, name.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);
        }

        return target == typeof(object) ? value : System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }
}
