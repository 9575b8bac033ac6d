using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using BpjsTk.GraphQL.Data.Sorting;

namespace BpjsTk.GraphQL.Data.Paging;

/// <summary>
/// The rows after a cursor as a predicate LINQ providers translate: the row value comparison
/// (k1, k2, ...) &gt; (v1, v2, ...) expanded to (k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) OR ..., each comparison
/// in its key's direction, with NULL below every value (as <see cref="SortExpressionBuilder.Apply{T}"/> orders with nullsSmallest).
/// </summary>
internal static class KeysetPredicate
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var bodies = keys.Select(k => ParameterRebinder.Body(k.Selector, row)).ToList();
        Expression? any = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var term = Beyond(bodies[i], keys[i], values[i]);
            for (var j = i - 1; j >= 0; j--)
            {
                term = And(Equal(bodies[j], values[j]), term);
            }

            any = any is null ? term : Or(any, term);
        }

        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(true), row);
    }

    // the value comes after the cursor's value in the key's direction
    private static Expression Beyond(Expression value, SortKey key, object? cursor)
    {
        var ascending = key.Direction == SortDirection.Ascending;
        if (cursor is null)
        {
            return ascending ? Expression.NotEqual(value, Expression.Constant(null, value.Type)) : Expression.Constant(false);
        }

        var beyond = Compare(value, cursor, ascending ? ExpressionType.GreaterThan : ExpressionType.LessThan);
        return !ascending && key.IsNullable ? Or(beyond, Expression.Equal(value, Expression.Constant(null, value.Type))) : beyond;
    }

    private static BinaryExpression Equal(Expression value, object? cursor) =>
        Expression.Equal(value, cursor is null ? Expression.Constant(null, value.Type) : Parameter(cursor, value.Type));

    // a captured value rather than a constant, so providers send it as a parameter and reuse the compiled query
    private static MemberExpression Parameter(object cursor, Type type)
    {
        var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(type), cursor)!;
        return Expression.Field(Expression.Constant(box), nameof(StrongBox<object>.Value));
    }

    private static Expression Compare(Expression value, object cursor, ExpressionType comparison)
    {
        var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        if (type == typeof(string))
        {
            var compare = Expression.Call(StringCompare, value, Parameter(cursor, typeof(string)));
            return Expression.MakeBinary(comparison, compare, Expression.Constant(0));
        }

        if (type == typeof(bool))
        {
            // false < true: only true is above false, only false is below true
            var above = comparison == ExpressionType.GreaterThan;
            return (bool)cursor == above ? Expression.Constant(false) : Expression.Equal(value, Expression.Constant(above, value.Type));
        }

        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            var target = value.Type == type ? underlying : typeof(Nullable<>).MakeGenericType(underlying);
            return Expression.MakeBinary(comparison, Expression.Convert(value, target), Expression.Convert(Parameter(cursor, value.Type), target));
        }

        return Expression.MakeBinary(comparison, value, Parameter(cursor, value.Type));
    }

    private static Expression And(Expression left, Expression right) =>
        right is ConstantExpression { Value: false } ? right : Expression.AndAlso(left, right);

    private static Expression Or(Expression left, Expression right) =>
        left is ConstantExpression { Value: false } ? right : right is ConstantExpression { Value: false } ? left : Expression.OrElse(left, right);
}
