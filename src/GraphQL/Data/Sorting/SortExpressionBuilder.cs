using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace BpjsTk.GraphQL.Data.Sorting;

/// <summary>
/// Turns a coerced <c>order</c> list into <c>OrderBy</c>/<c>ThenBy</c> calls: list items in order, fields of
/// an item in the order given, then the primary key as the tie-breaker so pages are deterministic.
/// </summary>
internal static class SortExpressionBuilder
{
    public static IReadOnlyList<SortKey> Keys<T>(DataModel model, object? order)
    {
        var keys = new List<SortKey>();
        if (order is IEnumerable items)
        {
            var row = Expression.Parameter(typeof(T), "row");
            foreach (var item in items)
            {
                if (item is IReadOnlyDictionary<string, object?> fields)
                {
                    Collect(model, row, row, typeof(T), fields, keys);
                }
            }
        }

        return keys;
    }

    /// <summary>Orders <paramref name="query"/> by <paramref name="keys"/>, then by the key property when it has one and it is not ordered on yet.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, bool addTieBreaker)
    {
        var all = keys.ToList();
        if (addTieBreaker && PrimaryKey(typeof(T)) is { } key)
        {
            var row = Expression.Parameter(typeof(T), "row");
            var selector = Expression.Lambda(Expression.Property(row, key), row);
            if (!all.Exists(k => k.Selector.Body is MemberExpression { Member: var m, Expression: ParameterExpression } && m == key))
            {
                all.Add(new SortKey(selector, SortDirection.Ascending));
            }
        }

        var first = true;
        foreach (var sortKey in all)
        {
            var method = (first, sortKey.Direction) switch
            {
                (true, SortDirection.Ascending) => nameof(Queryable.OrderBy),
                (true, _) => nameof(Queryable.OrderByDescending),
                (false, SortDirection.Ascending) => nameof(Queryable.ThenBy),
                _ => nameof(Queryable.ThenByDescending),
            };
            query = query.Provider.CreateQuery<T>(Expression.Call(
                typeof(Queryable), method, [typeof(T), sortKey.Selector.ReturnType], query.Expression, Expression.Quote(sortKey.Selector)));
            first = false;
        }

        return query;
    }

    /// <summary>The property named <c>Id</c> or <c>{Type}Id</c>, the convention EF Core keys by.</summary>
    public static PropertyInfo? PrimaryKey(Type type) =>
        type.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance) ?? type.GetProperty(type.Name + "Id", BindingFlags.Public | BindingFlags.Instance);

    private static void Collect(DataModel model, ParameterExpression row, Expression instance, Type type, IReadOnlyDictionary<string, object?> fields, List<SortKey> keys)
    {
        foreach (var (name, value) in fields)
        {
            if (value is null)
            {
                continue;
            }

            var member = model.Find(type, name) ?? throw new InvalidOperationException($"{type.Name} has no sortable field {name}.");
            var property = Expression.Property(instance, member.Property);
            if (value is SortDirection direction)
            {
                keys.Add(new SortKey(Expression.Lambda(property, row), direction));
            }
            else if (value is IReadOnlyDictionary<string, object?> nested)
            {
                Collect(model, row, property, member.ValueType, nested, keys);
            }
            else
            {
                // A SortEnumType bound to other runtime values would otherwise be ignored without a word.
                throw new InvalidOperationException($"The sort direction of {type.Name}.{name} is a {value.GetType().Name}, not a {nameof(SortDirection)}.");
            }
        }
    }
}
