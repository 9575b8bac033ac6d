using System.Linq.Expressions;
using System.Reflection;
using BpjsTk.GraphQL.Data.Projections;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Data;

/// <summary>
/// Switches filtering, sorting, paging and projection on for a field whose resolver returns an
/// <see cref="IQueryable{T}"/> (or <see cref="IEnumerable{T}"/>). The order of the calls does not matter:
/// rows are filtered, then sorted, then paged, then projected. The schema builder needs <c>AddDataFeatures()</c>.
/// </summary>
public static class DataFieldDescriptorExtensions
{
    /// <summary>Adds a <c>where: TFilterInput</c> argument inferred from <typeparamref name="T"/>'s properties.</summary>
    public static FieldDescriptor UseFiltering<T>(this FieldDescriptor field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var features = DataFieldFeatures.Of(field.Config);
        features.SetElementType(typeof(T));
        features.Filtering = true;
        return field;
    }

    /// <summary>Adds an <c>order: [TSortInput!]</c> argument inferred from <typeparamref name="T"/>'s properties.</summary>
    public static FieldDescriptor UseSorting<T>(this FieldDescriptor field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var features = DataFieldFeatures.Of(field.Config);
        features.SetElementType(typeof(T));
        features.Sorting = true;
        return field;
    }

    /// <summary>Reads only the columns and relations the selection set asks for (a <c>Select</c> into new <typeparamref name="T"/> objects).</summary>
    public static FieldDescriptor UseProjection<T>(this FieldDescriptor field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var features = DataFieldFeatures.Of(field.Config);
        features.SetElementType(typeof(T));
        features.Projection = true;
        return field;
    }

    /// <summary>
    /// Declares the properties of the parent <typeparamref name="TParent"/> this field's resolver reads (a foreign key, a column it
    /// formats): a projected list that selects the field reads them too. The key is always read and needs no declaration.
    /// </summary>
    public static FieldDescriptor ParentRequires<TParent>(this FieldDescriptor field, params Expression<Func<TParent, object?>>[] properties)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(properties);
        ProjectionRequirements.Add(field.Config, properties.Select(Property));
        return field;
    }

    /// <summary>Makes the field a cursor connection (<c>TConnection</c>) with <c>first/after/last/before</c>.</summary>
    public static FieldDescriptor UsePaging<T>(this FieldDescriptor field, PagingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        var features = DataFieldFeatures.Of(field.Config);
        features.SetElementType(typeof(T));
        features.Paging = PagingKind.Cursor;
        features.PagingOptions = options ?? PagingOptions.Default;
        return field;
    }

    /// <summary>Makes the field an offset-paged <c>TCollectionSegment</c> with <c>skip/take</c>.</summary>
    public static FieldDescriptor UseOffsetPaging<T>(this FieldDescriptor field, PagingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        var features = DataFieldFeatures.Of(field.Config);
        features.SetElementType(typeof(T));
        features.Paging = PagingKind.Offset;
        features.PagingOptions = options ?? PagingOptions.Default;
        return field;
    }

    /// <summary>
    /// Resolves a list field whose <c>where</c>/<c>order</c> (from <c>UseFiltering</c>/<c>UseSorting</c>) the resolver applies itself,
    /// typically inside a DataLoader's batch query through <see cref="QueryContext{T}.Apply"/>; its result is not filtered or sorted again.
    /// The field takes <c>first</c> (at most n items per parent, up to 500) and carries <c>@listSize(assumedSize: <paramref name="assumedSize"/>)</c>:
    /// how many items a parent typically has, which the cost analysis assumes when <c>first</c> is not given.
    /// </summary>
    public static FieldDescriptor ResolveWithQueryContext<T>(this FieldDescriptor field, Func<IResolverContext, QueryContext<T>, Task<T[]>> resolver, int assumedSize = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(assumedSize);
        var features = AppliedByResolver<T>(field, resolver);
        features.AssumedSize = assumedSize;
        return field.Resolve(async context =>
        {
            var first = DataFieldResolver.First(context, features.PagingOptions);
            var items = await resolver(context, QueryContext<T>.From(context, features)).ConfigureAwait(false);
            return first < items.Length ? items[..first.Value] : items;
        });
    }

    /// <summary>
    /// Resolves a paged field (a page type and paging arguments of its own, such as an offset page read in a DataLoader's batch)
    /// whose <c>where</c>/<c>order</c> the resolver applies itself through <see cref="QueryContext{T}.Apply"/>; the field's type,
    /// arguments and result are left as they are.
    /// </summary>
    public static FieldDescriptor ResolvePageWithQueryContext<T, TPage>(this FieldDescriptor field, Func<IResolverContext, QueryContext<T>, Task<TPage>> resolver)
    {
        var features = AppliedByResolver<T>(field, resolver);
        features.PagedByResolver = true;
        return field.Resolve(context => resolver(context, QueryContext<T>.From(context, features)));
    }

    private static DataFieldFeatures AppliedByResolver<T>(FieldDescriptor field, Delegate resolver)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(resolver);
        var features = DataFieldFeatures.Of(field.Config);
        features.SetElementType(typeof(T));
        features.AppliedByResolver = true;
        return features;
    }

    private static PropertyInfo Property<TParent>(Expression<Func<TParent, object?>> property) =>
        (property.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : property.Body) is MemberExpression { Member: PropertyInfo info }
            ? info
            : throw new ArgumentException($"{property} does not name a property of {typeof(TParent).Name}.", nameof(property));
}
