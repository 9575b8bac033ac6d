using System.Linq.Expressions;
using System.Reflection;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Data.Projections;

/// <summary>
/// Builds <c>row =&gt; new T { A = row.A, Nav = row.Nav == null ? null : new N { ... }, Items = row.Items.Select(i =&gt; new I { ... }).ToList() }</c>
/// from a selection set, so a LINQ provider reads only the selected columns and relations.
/// Fields not bound to a writable property (computed fields) are skipped; types without a public parameterless constructor are read whole.
/// </summary>
internal static class ProjectionBuilder
{
    public static Expression<Func<T, T>>? Build<T>(ObjectType type, IReadOnlyList<IFieldSelection> selections)
    {
        if (!CanConstruct(typeof(T)))
        {
            return null;
        }

        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, T>>(Init(row, typeof(T), type, selections), row);
    }

    private static MemberInitExpression Init(Expression source, Type clrType, ObjectType type, IReadOnlyList<IFieldSelection> selections)
    {
        var bindings = new List<MemberBinding>();
        var byProperty = selections
            .Where(s => s.Field.Member is PropertyInfo { CanWrite: true } p && p.DeclaringType!.IsAssignableFrom(clrType))
            .GroupBy(s => (PropertyInfo)s.Field.Member!);
        var key = Sorting.SortExpressionBuilder.PrimaryKey(clrType);
        if (key is { CanWrite: true } && !byProperty.Any(g => g.Key == key))
        {
            // the key keeps rows identifiable for resolvers and DataLoaders below
            bindings.Add(Expression.Bind(key, Expression.Property(source, key)));
        }

        foreach (var group in byProperty)
        {
            bindings.Add(Expression.Bind(group.Key, Value(Expression.Property(source, group.Key), group.ToList())));
        }

        return Expression.MemberInit(Expression.New(clrType), bindings);
    }

    private static Expression Value(MemberExpression property, List<IFieldSelection> selections)
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

            var init = Init(property, member.ValueType, fieldType, nested);
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
        var select = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [element, element], property, Expression.Lambda(Init(item, element, fieldType, nested), item));
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [element], select);
    }

    private static bool CanConstruct(Type type) => !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null;
}
