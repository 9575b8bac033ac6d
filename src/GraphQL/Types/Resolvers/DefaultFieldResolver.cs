using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using BpjsTk.GraphQL.Execution.Processing;

namespace BpjsTk.GraphQL.Types;

/// <summary>
/// The resolver of fields that have none: reads the parent's property (case-insensitive) or
/// dictionary entry named like the field. The property getter is compiled once per CLR type.
/// </summary>
public static class DefaultFieldResolver
{
    /// <summary>A resolver reading the member <paramref name="fieldName"/> of the parent.</summary>
    public static FieldResolver For(string fieldName)
    {
        var getters = new ConcurrentDictionary<Type, Func<object, object?>?>();
        return context => new ValueTask<object?>(Read(ResolverContext.ParentOf<object?>(context), fieldName, getters));
    }

    /// <summary>A resolver reading <paramref name="property"/> of the parent, compiled once.</summary>
    public static FieldResolver For(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var getter = CompileGetter(property);
        return context => ResolverContext.ParentOf<object?>(context) is { } parent
            ? new ValueTask<object?>(getter(parent))
            : new ValueTask<object?>((object?)null);
    }

    private static object? Read(object? parent, string fieldName, ConcurrentDictionary<Type, Func<object, object?>?> getters)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(fieldName, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out var entry) ? entry : null;
            case IDictionary untyped:
                return untyped.Contains(fieldName) ? untyped[fieldName] : null;
        }

        var getter = getters.GetOrAdd(parent.GetType(), static (type, name) => FindGetter(type, name), fieldName);
        return getter?.Invoke(parent);
    }

    private static Func<object, object?>? FindGetter(Type type, string fieldName)
    {
        var property = type.GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is { CanRead: true } && property.GetIndexParameters().Length == 0 ? CompileGetter(property) : null;
    }

    private static Func<object, object?> CompileGetter(PropertyInfo property)
    {
        var parent = Expression.Parameter(typeof(object), "parent");
        var body = Expression.Convert(Expression.Property(Expression.Convert(parent, property.DeclaringType!), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parent).Compile();
    }
}
