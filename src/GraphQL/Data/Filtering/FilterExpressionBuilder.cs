using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace BpjsTk.GraphQL.Data.Filtering;

/// <summary>
/// Turns a coerced <c>where</c> value into a predicate LINQ providers translate: fields of one object are
/// combined with AND, <c>and</c>/<c>or</c> lists with AND/OR, operations compare the property with a constant.
/// </summary>
internal static class FilterExpressionBuilder
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    public static Expression<Func<T, bool>> Build<T>(DataModel model, IReadOnlyDictionary<string, object?> filter)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Object(model, row, typeof(T), filter), row);
    }

    private static Expression Object(DataModel model, Expression instance, Type type, IReadOnlyDictionary<string, object?> filter)
    {
        Expression result = Expression.Constant(true);
        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            var condition = name switch
            {
                "and" => Combine(Items(value).Select(f => Object(model, instance, type, AsObject(f))), Expression.AndAlso, true),
                "or" => Combine(Items(value).Select(f => Object(model, instance, type, AsObject(f))), Expression.OrElse, false),
                _ => Member(model, instance, model.Find(type, name) ?? throw new InvalidOperationException($"{type.Name} has no filterable field {name}."), AsObject(value)),
            };
            result = And(result, condition);
        }

        return result;
    }

    private static Expression Member(DataModel model, Expression instance, DataMember member, IReadOnlyDictionary<string, object?> operations)
    {
        var property = Expression.Property(instance, member.Property);
        switch (member.Kind)
        {
            case DataMemberKind.Object:
                return Expression.AndAlso(Expression.NotEqual(property, Expression.Constant(null, property.Type)), Object(model, property, member.ValueType, operations));
            case DataMemberKind.List:
                return List(model, property, member.ValueType, operations);
        }

        Expression result = Expression.Constant(true);
        foreach (var (operation, operand) in operations)
        {
            result = And(result, Operation(property, operation, operand));
        }

        return result;
    }

    private static Expression List(DataModel model, Expression property, Type element, IReadOnlyDictionary<string, object?> operations)
    {
        Expression result = Expression.NotEqual(property, Expression.Constant(null, property.Type));
        foreach (var (operation, operand) in operations)
        {
            if (operand is null)
            {
                continue;
            }

            Expression condition = operation switch
            {
                "some" => Any(property, element, Predicate(model, element, operand)),
                "none" => Expression.Not(Any(property, element, Predicate(model, element, operand))),
                "all" => All(property, element, Predicate(model, element, operand)),
                "any" => (bool)operand ? Any(property, element, null) : Expression.Not(Any(property, element, null)),
                _ => throw new InvalidOperationException($"Unknown list filter operation {operation}."),
            };
            result = Expression.AndAlso(result, condition);
        }

        return result;
    }

    private static LambdaExpression Predicate(DataModel model, Type element, object operand)
    {
        var item = Expression.Parameter(element, "item");
        return Expression.Lambda(Object(model, item, element, AsObject(operand)), item);
    }

    private static MethodCallExpression Any(Expression source, Type element, LambdaExpression? predicate) => predicate is null
        ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [element], source)
        : Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [element], source, predicate);

    private static MethodCallExpression All(Expression source, Type element, LambdaExpression predicate) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [element], source, predicate);

    private static Expression Operation(Expression property, string operation, object? operand)
    {
        var negated = operation.Length > 1 && operation[0] == 'n' && operation != "nin" ? operation[1..] : null;
        if (operation is "neq" or "nin" or "ncontains" or "nstartsWith" or "nendsWith" or "ngt" or "ngte" or "nlt" or "nlte")
        {
            var positive = operation == "nin" ? "in" : negated!;
            return Expression.Not(Operation(property, positive, operand));
        }

        if (operation == "eq")
        {
            return Expression.Equal(property, Constant(operand, property.Type));
        }

        if (operand is null)
        {
            // null for anything but eq/neq has no meaning; HotChocolate ignores it too
            return Expression.Constant(true);
        }

        return operation switch
        {
            "in" => In(property, operand),
            "gt" => Expression.GreaterThan(property, Constant(operand, property.Type)),
            "gte" => Expression.GreaterThanOrEqual(property, Constant(operand, property.Type)),
            "lt" => Expression.LessThan(property, Constant(operand, property.Type)),
            "lte" => Expression.LessThanOrEqual(property, Constant(operand, property.Type)),
            "contains" => StringCall(property, StringContains, operand),
            "startsWith" => StringCall(property, StringStartsWith, operand),
            "endsWith" => StringCall(property, StringEndsWith, operand),
            _ => throw new InvalidOperationException($"Unknown filter operation {operation}."),
        };
    }

    private static BinaryExpression StringCall(Expression property, MethodInfo method, object operand) =>
        Expression.AndAlso(
            Expression.NotEqual(property, Expression.Constant(null, typeof(string))),
            Expression.Call(property, method, Expression.Constant(Convert.ToString(operand, CultureInfo.InvariantCulture), typeof(string))));

    private static MethodCallExpression In(Expression property, object operand)
    {
        var listType = typeof(List<>).MakeGenericType(property.Type);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in Items(operand))
        {
            list.Add(ConvertValue(item, property.Type));
        }

        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [property.Type], Expression.Constant(list, listType), property);
    }

    private static ConstantExpression Constant(object? value, Type type) => Expression.Constant(ConvertValue(value, type), type);

    /// <summary>Converts a coerced GraphQL value to the property's CLR type (Int to short, DateTime to DateTime, enum names to enums).</summary>
    internal static object? ConvertValue(object? value, Type type)
    {
        if (value is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        if (target.IsEnum)
        {
            return value is string name ? Enum.Parse(target, name, ignoreCase: true) : Enum.ToObject(target, value);
        }

        return (target, value) switch
        {
            _ when target == typeof(DateTime) && value is DateTimeOffset offset => offset.UtcDateTime,
            _ when target == typeof(DateTimeOffset) && value is DateTime dateTime => new DateTimeOffset(dateTime),
            _ when target == typeof(DateOnly) && value is DateTime date => DateOnly.FromDateTime(date),
            _ => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
        };
    }

    private static IEnumerable<object?> Items(object value) => value is IEnumerable items and not string ? items.Cast<object?>() : [value];

    private static IReadOnlyDictionary<string, object?> AsObject(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> fields => fields,
        IDictionary<string, object?> fields => fields.AsReadOnly(),
        _ => throw new InvalidOperationException($"A filter object was expected, not {value?.GetType().Name ?? "null"}."),
    };

    private static Expression And(Expression left, Expression right) =>
        left is ConstantExpression { Value: true } ? right : right is ConstantExpression { Value: true } ? left : Expression.AndAlso(left, right);

    private static Expression Combine(IEnumerable<Expression> parts, Func<Expression, Expression, BinaryExpression> combine, bool empty)
    {
        Expression? result = null;
        foreach (var part in parts)
        {
            result = result is null ? part : combine(result, part);
        }

        return result ?? Expression.Constant(empty);
    }
}
