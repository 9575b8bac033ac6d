using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// Converts coerced input values (dictionaries for input objects, lists, scalars' and enums' runtime
/// values) to the CLR type a resolver asks for: <c>ArgumentValue&lt;RegionFilter&gt;("where")</c>,
/// <c>ArgumentValue&lt;int[]&gt;("ids")</c>, <c>ArgumentValue&lt;long&gt;("first")</c>.
/// Each target type's converter is built once (constructors and setters compiled) and cached, so a
/// conversion does no reflection. Input object fields match constructor parameters and settable or
/// init properties by name, the field's camelCase name first; fields left out keep the parameter's
/// default or the property's initial value.
/// </summary>
public static class InputValueConverter
{
    private static readonly ConcurrentDictionary<Type, Func<object?, object?>> Converters = new();

    private static readonly MethodInfo ListBuilder = typeof(InputValueConverter).GetMethod(nameof(ToList), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo ArrayBuilder = typeof(InputValueConverter).GetMethod(nameof(ToArray), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo SetBuilder = typeof(InputValueConverter).GetMethod(nameof(ToSet), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Converts the coerced <paramref name="value"/> to <typeparamref name="T"/>.</summary>
    public static T Convert<T>(object? value) => (T)Convert(value, typeof(T))!;

    /// <summary>Converts the coerced <paramref name="value"/> to <paramref name="target"/>.</summary>
    public static object? Convert(object? value, Type target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Converters.GetOrAdd(target, Build)(value);
    }

    /// <summary>Converts <paramref name="value"/> of GraphQL type <paramref name="type"/> to <typeparamref name="T"/>.</summary>
    public static T Convert<T>(object? value, IType type) => (T)Convert(value, type, typeof(T))!;

    /// <summary>
    /// Converts <paramref name="value"/> of GraphQL type <paramref name="type"/> to <paramref name="target"/>;
    /// asked for <c>object</c>, an input object bound to a CLR type converts to that type.
    /// </summary>
    public static object? Convert(object? value, IType type, Type target)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(target);
        if (target == typeof(object) && type.NullableType() is InputObjectType { RuntimeType: { } runtimeType })
        {
            target = runtimeType;
        }

        return Convert(value, target);
    }

    private static Func<object?, object?> Build(Type target)
    {
        if (target == typeof(object))
        {
            return value => value;
        }

        if (Nullable.GetUnderlyingType(target) is { } underlying)
        {
            var inner = Converters.GetOrAdd(underlying, Build);
            return value => value is null ? null : inner(value);
        }

        var convert = BuildNonNull(target);
        if (target.IsValueType)
        {
            var empty = Activator.CreateInstance(target);
            return value => value is null ? empty : convert(value);
        }

        return value => value is null ? null : convert(value);
    }

    private static Func<object, object?> BuildNonNull(Type target)
    {
        if (target.IsEnum)
        {
            return BuildEnum(target);
        }

        if (target == typeof(string))
        {
            return value => value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        if (target.IsArray)
        {
            var element = target.GetElementType()!;
            return ListConverter(ArrayBuilder, element);
        }

        if (CollectionElement(target) is { } item)
        {
            if (target.IsAssignableFrom(typeof(List<>).MakeGenericType(item)))
            {
                return ListConverter(ListBuilder, item);
            }

            if (target.IsAssignableFrom(typeof(HashSet<>).MakeGenericType(item)))
            {
                return ListConverter(SetBuilder, item);
            }
        }

        if (target.IsClass && !target.IsAbstract)
        {
            var toObject = BuildInputObject(target);
            return value => target.IsInstanceOfType(value) ? value : toObject(value);
        }

        // scalars: int to long, int to double and the like; anything else must already be the target type
        return value => target.IsInstanceOfType(value) ? value : System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    private static Func<object, object?> BuildEnum(Type target)
    {
        // GraphQL enum names (FORMAL_SECTOR) and CLR member names (FormalSector) match without underscores and case
        var byName = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in Enum.GetValues(target))
        {
            byName.TryAdd(member.ToString()!, member);
        }

        foreach (var member in Enum.GetValues(target))
        {
            byName.TryAdd(member.ToString()!.Replace("_", string.Empty, StringComparison.Ordinal), member);
        }

        return value => value switch
        {
            _ when target.IsInstanceOfType(value) => value,
            string name when byName.TryGetValue(name, out var member) || byName.TryGetValue(name.Replace("_", string.Empty, StringComparison.Ordinal), out member) => member,
            string name => throw new InvalidOperationException($"\"{name}\" is not a member of {target.Name}."),
            _ => Enum.ToObject(target, value),
        };
    }

    private static Type? CollectionElement(Type target)
    {
        if (!target.IsGenericType || target == typeof(string))
        {
            return null;
        }

        var arguments = target.GetGenericArguments();
        return arguments.Length == 1 && typeof(IEnumerable).IsAssignableFrom(target) ? arguments[0] : null;
    }

    private static Func<object, object?> ListConverter(MethodInfo builder, Type element)
    {
        var item = Converters.GetOrAdd(element, Build);
        var build = builder.MakeGenericMethod(element).CreateDelegate<Func<object, Func<object?, object?>, object>>();
        return value => build(value, item);
    }

    private static List<T> ToList<T>(object value, Func<object?, object?> item)
    {
        if (value is List<T> same)
        {
            return same;
        }

        // spec 3.12 Input Coercion: a single value stands for a list of one
        if (value is not IEnumerable items || value is string)
        {
            return new List<T>(1) { (T)item(value)! };
        }

        var list = value is ICollection { Count: var count } ? new List<T>(count) : [];
        foreach (var element in items)
        {
            list.Add((T)item(element)!);
        }

        return list;
    }

    private static T[] ToArray<T>(object value, Func<object?, object?> item) => value as T[] ?? [.. ToList<T>(value, item)];

    private static HashSet<T> ToSet<T>(object value, Func<object?, object?> item) => value as HashSet<T> ?? [.. ToList<T>(value, item)];

    private static Func<object, object?> BuildInputObject(Type target)
    {
        var constructor = target.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();
        if (constructor is null)
        {
            return value => throw new InvalidOperationException($"{target.Name} cannot be created from an input object: it has no public constructor.");
        }

        var parameters = constructor.GetParameters();
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var creation = Expression.New(constructor, parameters.Select((p, i) => Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType)));
        var create = Expression.Lambda<Func<object?[], object>>(Expression.Convert(creation, typeof(object)), arguments).Compile();

        var parameterPlans = parameters
            .Select(p => new ParameterPlan(
                Keys(p.Name!),
                Converters.GetOrAdd(p.ParameterType, Build),
                p.HasDefaultValue ? p.DefaultValue : Converters.GetOrAdd(p.ParameterType, Build)(null)))
            .ToArray();
        var byConstructor = new HashSet<string>(parameters.Select(p => p.Name!), StringComparer.OrdinalIgnoreCase);
        var propertyPlans = target.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && !byConstructor.Contains(p.Name))
            .Select(p => new PropertyPlan(Keys(p.Name), Converters.GetOrAdd(p.PropertyType, Build), Setter(target, p)))
            .ToArray();

        return value =>
        {
            if (value is not IReadOnlyDictionary<string, object?> fields)
            {
                throw new InvalidOperationException($"{target.Name} can only be created from an input object, not from {value.GetType().Name}.");
            }

            var values = new object?[parameterPlans.Length];
            for (var i = 0; i < parameterPlans.Length; i++)
            {
                var plan = parameterPlans[i];
                values[i] = TryGet(fields, plan.Keys, out var field) ? plan.Convert(field) : plan.Missing;
            }

            var instance = create(values);
            foreach (var plan in propertyPlans)
            {
                if (TryGet(fields, plan.Keys, out var field))
                {
                    plan.Set(instance, plan.Convert(field));
                }
            }

            return instance;
        };
    }

    private static Action<object, object?> Setter(Type target, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Call(Expression.Convert(instance, target), property.SetMethod!, Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, instance, value).Compile();
    }

    private static string[] Keys(string clrName)
    {
        var camel = char.ToLowerInvariant(clrName[0]) + clrName[1..];
        return camel == clrName ? [clrName] : [camel, clrName];
    }

    private static bool TryGet(IReadOnlyDictionary<string, object?> fields, string[] keys, out object? value)
    {
        foreach (var key in keys)
        {
            if (fields.TryGetValue(key, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    private sealed record ParameterPlan(string[] Keys, Func<object?, object?> Convert, object? Missing);

    private sealed record PropertyPlan(string[] Keys, Func<object?, object?> Convert, Action<object, object?> Set);
}
