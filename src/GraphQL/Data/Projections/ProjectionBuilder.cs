using System.Linq.Expressions;
using System.Reflection;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Data.Projections;

/// <summary>
/// Builds <c>row =&gt; new T { A = row.A, Nav = row.Nav == null ? null : new N { ... }, Items = row.Items.Select(i =&gt; new I { ... }).ToList() }</c>
/// from a selection set, so a LINQ provider reads only the selected columns and relations.
/// Fields not bound to a writable property (resolver fields) read only the key and the parent properties they declare
/// (<see cref="ProjectionRequirements"/>); types without a public parameterless constructor are read whole.
/// </summary>
internal static class ProjectionBuilder
{
    public static Expression<Func<T, T>>? Build<T>(ProjectionRequirements requirements, IReadOnlyList<IFieldSelection> selections)
    {
        if (!CanConstruct(typeof(T)))
        {
            return null;
        }

        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, T>>(Init(requirements, row, typeof(T), selections), row);
    }

    private static MemberInitExpression Init(ProjectionRequirements requirements, Expression source, Type clrType, IReadOnlyList<IFieldSelection> selections)
    {
        var bindings = new List<MemberBinding>();
        var byProperty = selections
            .Where(s => s.Field.Member is PropertyInfo { CanWrite: true } p && p.DeclaringType!.IsAssignableFrom(clrType))
            .GroupBy(s => (PropertyInfo)s.Field.Member!)
            .ToList();
        var bound = byProperty.Select(g => g.Key.Name).ToHashSet(StringComparer.Ordinal);

        // the key keeps rows identifiable for node ids, cursors and DataLoaders; declared requirements feed resolver fields
        IEnumerable<PropertyInfo?> needed = [Sorting.SortExpressionBuilder.PrimaryKey(clrType), .. selections.SelectMany(s => requirements.Of(s.Field))];
        foreach (var property in needed)
        {
            if (property is { CanWrite: true } && property.DeclaringType!.IsAssignableFrom(clrType) && bound.Add(property.Name))
            {
                bindings.Add(Expression.Bind(property, Expression.Property(source, property)));
            }
        }

        foreach (var group in byProperty)
        {
            bindings.Add(Expression.Bind(group.Key, Value(requirements, Expression.Property(source, group.Key), group.ToList())));
        }

        return Expression.MemberInit(Expression.New(clrType), bindings);
    }

    private static Expression Value(ProjectionRequirements requirements, MemberExpression property, List<IFieldSelection> selections)
    {
        var member = DataMembers.Of(property.Expression!.Type).FirstOrDefault(m => m.Property.Name == property.Member.Name);
        var fieldType = selections[0].Field.Type.NamedType() as ObjectType;
        if (member is null || fieldType is null || member.Kind is DataMemberKind.Scalar or DataMemberKind.Enum)
        {
            return property;
        }

        var nested = selections.SelectMany(s => s.GetSelections(fieldType)).ToList();
        if (member.Kind == DataMemberKind.Object)
        {
            if (!CanConstruct(member.ValueType))
            {
                return property;
            }

            var init = Init(requirements, property, member.ValueType, nested);
            return Expression.Condition(
                Expression.Equal(property, Expression.Constant(null, property.Type)),
                Expression.Constant(null, property.Type),
                init.Type == property.Type ? init : Expression.Convert(init, property.Type));
        }

        var element = member.ValueType;
        if (!CanConstruct(element) || !property.Type.IsAssignableFrom(typeof(List<>).MakeGenericType(element)))
        {
            return property;
        }

        var item = Expression.Parameter(element, "item");
        var select = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [element, element], property, Expression.Lambda(Init(requirements, item, element, nested), item));
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [element], select);
    }

    private static bool CanConstruct(Type type) => !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null;
}
