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

    /// <summary>
    /// Splits <paramref name="query"/> into its rows without their order and the keys to order them by:
    /// the client's keys, else the order the resolver gave (its trailing <c>OrderBy</c>/<c>ThenBy</c>),
    /// then the key property as tie-breaker when <paramref name="addTieBreaker"/> and it is not ordered on yet.
    /// </summary>
    public static (IQueryable<T> Rows, IReadOnlyList<SortKey> Keys) Ordering<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, bool addTieBreaker)
    {
        var (rows, resolverKeys) = Split(query);
        var all = keys.Count > 0 ? keys.ToList() : resolverKeys;
        if (addTieBreaker && PrimaryKey(typeof(T)) is { } key
            && !all.Exists(k => k.Selector.Body is MemberExpression { Member: var m, Expression: ParameterExpression } && m == key))
        {
            var row = Expression.Parameter(typeof(T), "row");
            all.Add(new SortKey(Expression.Lambda(Expression.Property(row, key), row), SortDirection.Ascending));
        }

        return all.Count > 0 ? (rows, all) : (query, all);
    }

    /// <summary>
    /// Orders <paramref name="query"/> by <paramref name="keys"/>. With <paramref name="nullsSmallest"/> each nullable key is
    /// preceded by "is not null" in its direction, so NULL sorts before every value on any provider (SQLite and LINQ do so, PostgreSQL does not).
    /// </summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, bool nullsSmallest = false)
    {
        var first = true;
        foreach (var sortKey in keys)
        {
            if (nullsSmallest && sortKey.IsNullable)
            {
                var notNull = Expression.Lambda(
                    Expression.NotEqual(sortKey.Selector.Body, Expression.Constant(null, sortKey.Selector.ReturnType)), sortKey.Selector.Parameters);
                query = OrderBy(query, notNull, sortKey.Direction, first);
                first = false;
            }

            query = OrderBy(query, sortKey.Selector, sortKey.Direction, first);
            first = false;
        }

        return query;
    }

    /// <summary>The property named <c>Id</c> or <c>{Type}Id</c>, the convention EF Core keys by.</summary>
    public static PropertyInfo? PrimaryKey(Type type) =>
        type.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance) ?? type.GetProperty(type.Name + "Id", BindingFlags.Public | BindingFlags.Instance);

    private static IQueryable<T> OrderBy<T>(IQueryable<T> query, LambdaExpression selector, SortDirection direction, bool first)
    {
        var method = (first, direction) switch
        {
            (true, SortDirection.Ascending) => nameof(Queryable.OrderBy),
            (true, _) => nameof(Queryable.OrderByDescending),
            (false, SortDirection.Ascending) => nameof(Queryable.ThenBy),
            _ => nameof(Queryable.ThenByDescending),
        };
        return query.Provider.CreateQuery<T>(Expression.Call(
            typeof(Queryable), method, [typeof(T), selector.ReturnType], query.Expression, Expression.Quote(selector)));
    }

    // the resolver's own order: the last OrderBy and the ThenBys after it, with any Where calls above it kept
    private static (IQueryable<T> Rows, List<SortKey> Keys) Split<T>(IQueryable<T> query)
    {
        var filters = new List<MethodCallExpression>();
        var keys = new List<SortKey>();
        var expression = query.Expression;
        while (expression is MethodCallExpression call && call.Method.DeclaringType == typeof(Queryable))
        {
            var name = call.Method.Name;
            if (name == nameof(Queryable.Where) && keys.Count == 0)
            {
                filters.Add(call);
            }
            else if (name is nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending) or nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending)
                && call.Arguments.Count == 2 && Unquote(call.Arguments[1]) is { } selector)
            {
                var direction = name.EndsWith("Descending", StringComparison.Ordinal) ? SortDirection.Descending : SortDirection.Ascending;
                keys.Insert(0, new SortKey(selector, direction));
                if (name.StartsWith("OrderBy", StringComparison.Ordinal))
                {
                    var rows = call.Arguments[0];
                    for (var i = filters.Count - 1; i >= 0; i--)
                    {
                        rows = Expression.Call(filters[i].Method, rows, filters[i].Arguments[1]);
                    }

                    return (query.Provider.CreateQuery<T>(rows), keys);
                }
            }
            else
            {
                break;
            }

            expression = call.Arguments[0];
        }

        return (query, []);
    }

    private static LambdaExpression? Unquote(Expression expression) => expression switch
    {
        UnaryExpression { NodeType: ExpressionType.Quote, Operand: LambdaExpression lambda } => lambda,
        LambdaExpression lambda => lambda,
        _ => null,
    };

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
