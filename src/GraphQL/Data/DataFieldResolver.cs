using System.Linq.Expressions;
using BpjsTk.GraphQL.Data.Filtering;
using BpjsTk.GraphQL.Data.Paging;
using BpjsTk.GraphQL.Data.Projections;
using BpjsTk.GraphQL.Data.Sorting;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Data;

/// <summary>
/// Wraps a resolver returning <see cref="IQueryable{T}"/>: filters, sorts (with the key as tie-breaker
/// when paging), pages, projects the selection set, and materialises through <see cref="IAsyncQueryExecutor"/>.
/// </summary>
internal static class DataFieldResolver
{
    public static FieldResolver Create(Type element, DataFieldFeatures features, FieldResolver inner)
    {
        var method = typeof(DataFieldResolver).GetMethod(nameof(CreateTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        return (FieldResolver)method.MakeGenericMethod(element).Invoke(null, [features, inner])!;
    }

    private static FieldResolver CreateTyped<T>(DataFieldFeatures features, FieldResolver inner) => async context =>
    {
        var value = await inner(context).ConfigureAwait(false);
        if (value is null)
        {
            return null;
        }

        var query = value as IQueryable<T> ?? (value as IEnumerable<T>)?.AsQueryable()
            ?? throw new InvalidOperationException($"{context.Field.Coordinate} must return IQueryable<{typeof(T).Name}>, not {value.GetType().Name}.");
        if (features.Filtering && context.HasArgument("where") && context.ArgumentValue<object?>("where") is IReadOnlyDictionary<string, object?> where)
        {
            query = query.Where(FilterExpressionBuilder.Build<T>(features.Model, where));
        }

        var clientKeys = features.Sorting && context.HasArgument("order") ? SortExpressionBuilder.Keys<T>(features.Model, context.ArgumentValue<object?>("order")) : [];
        var (rows, keys) = SortExpressionBuilder.Ordering(query, clientKeys, addTieBreaker: features.Paging != PagingKind.None);
        var executor = context.Services.GetService(typeof(IAsyncQueryExecutor)) as IAsyncQueryExecutor ?? EnumerableQueryExecutor.Instance;
        return features.Paging switch
        {
            PagingKind.Cursor => await CursorPageAsync(context, rows, keys, features, executor).ConfigureAwait(false),
            PagingKind.Offset => await OffsetPageAsync(context, SortExpressionBuilder.Apply(rows, keys), features, executor).ConfigureAwait(false),
            _ => await executor.ToListAsync(Project(context, keys.Count > 0 ? SortExpressionBuilder.Apply(rows, keys) : rows, features, context.Selection.GetSelections(NodeType(context))), context.RequestAborted).ConfigureAwait(false),
        };
    };

    // keyset paging: after/before become predicates on the sort keys; last reads backwards and flips the rows back
    private static async ValueTask<Connection> CursorPageAsync<T>(IResolverContext context, IQueryable<T> rows, IReadOnlyList<SortKey> keys, DataFieldFeatures features, IAsyncQueryExecutor executor)
    {
        var options = features.PagingOptions;
        var first = OptionalInt(context, "first");
        var last = OptionalInt(context, "last");
        if (first is not null && last is not null)
        {
            throw Error("Pass either first or last, not both.", DataErrorCodes.PagingInvalidArgument);
        }

        CheckSize("first", first, options);
        CheckSize("last", last, options);
        var cursor = new KeysetCursor(keys);
        var after = Cursor(context, "after", cursor);
        var before = Cursor(context, "before", cursor);
        var connectionType = (ObjectType)context.Field.Type.NamedType();
        var selections = context.Selection.GetSelections(connectionType);
        int? total = selections.Any(s => s.Name == "totalCount") ? await executor.CountAsync(rows, context.RequestAborted).ConfigureAwait(false) : null;

        var window = rows;
        if (after is not null)
        {
            window = window.Where(KeysetPredicate.After<T>(keys, after));
        }

        if (before is not null)
        {
            window = window.Where(KeysetPredicate.After<T>([.. keys.Select(k => k.Reversed())], before));
        }

        var backward = last is not null;
        var size = last ?? first ?? options.DefaultPageSize;
        var ordered = SortExpressionBuilder.Apply(window, backward ? [.. keys.Select(k => k.Reversed())] : keys, nullsSmallest: true);
        var page = await executor.ToListAsync(WithKeys(ordered, keys, features, NodeSelections(selections, connectionType)).Take(size + 1), context.RequestAborted).ConfigureAwait(false);
        var more = page.Count > size;
        var read = page.Take(size);
        var found = (backward ? read.Reverse() : read).ToList();

        var edges = new Edge[found.Count];
        var nodes = new object?[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            edges[i] = new Edge(cursor.Encode(found[i].Keys), found[i].Node);
            nodes[i] = found[i].Node;
        }

        var hasNext = backward ? before is not null : more;
        var hasPrevious = backward ? more : after is not null;
        var info = new PageInfo(hasNext, hasPrevious, edges.Length > 0 ? edges[0].Cursor : null, edges.Length > 0 ? edges[^1].Cursor : null);
        return new Connection(info, edges, nodes, total ?? 0);
    }

    // each row with the values of its sort keys, read in the same statement
    private static IQueryable<KeysetRow<T>> WithKeys<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, DataFieldFeatures features, List<IFieldSelection> selections)
    {
        var projection = features.Projection && selections.Count > 0 ? ProjectionBuilder.Build<T>(features.Model.Requirements, selections) : null;
        var row = projection?.Parameters[0] ?? Expression.Parameter(typeof(T), "row");
        var values = keys.Select(k => Expression.Convert(ParameterRebinder.Body(k.Selector, row), typeof(object)));
        var body = Expression.MemberInit(
            Expression.New(typeof(KeysetRow<T>)),
            Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(KeysetRow<T>.Node))!, projection?.Body ?? row),
            Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(KeysetRow<T>.Keys))!, Expression.NewArrayInit(typeof(object), values)));
        return query.Select(Expression.Lambda<Func<T, KeysetRow<T>>>(body, row));
    }

    private static async ValueTask<CollectionSegment> OffsetPageAsync<T>(IResolverContext context, IQueryable<T> query, DataFieldFeatures features, IAsyncQueryExecutor executor)
    {
        var options = features.PagingOptions;
        var skip = OptionalInt(context, "skip") ?? 0;
        var take = OptionalInt(context, "take");
        if (skip < 0)
        {
            throw Error("skip must not be negative.", DataErrorCodes.PagingInvalidArgument);
        }

        CheckSize("take", take, options);
        var segmentType = (ObjectType)context.Field.Type.NamedType();
        var selections = context.Selection.GetSelections(segmentType);
        var nodeType = (ObjectType)segmentType.Fields["items"].Type.NamedType();
        var itemSelections = selections.Where(s => s.Name == "items").SelectMany(s => s.GetSelections(nodeType)).ToList();
        var size = take ?? options.DefaultPageSize;
        var rows = await executor.ToListAsync(Project(context, query, features, itemSelections).Skip(skip).Take(size + 1), context.RequestAborted).ConfigureAwait(false);
        var hasNext = rows.Count > size;
        var items = rows.Take(size).Cast<object?>().ToList();
        var total = selections.Any(s => s.Name == "totalCount") ? await executor.CountAsync(query, context.RequestAborted).ConfigureAwait(false) : 0;
        return new CollectionSegment(items, new CollectionSegmentInfo(hasNext, skip > 0), total);
    }

    private static List<IFieldSelection> NodeSelections(IReadOnlyList<IFieldSelection> connectionSelections, ObjectType connectionType)
    {
        var nodeType = (ObjectType)connectionType.Fields["nodes"].Type.NamedType();
        var edgeType = (ObjectType)connectionType.Fields["edges"].Type.NamedType();
        var result = new List<IFieldSelection>();
        foreach (var selection in connectionSelections)
        {
            if (selection.Name == "nodes")
            {
                result.AddRange(selection.GetSelections(nodeType));
            }
            else if (selection.Name == "edges")
            {
                result.AddRange(selection.GetSelections(edgeType).Where(e => e.Name == "node").SelectMany(e => e.GetSelections(nodeType)));
            }
        }

        return result;
    }

    private static ObjectType NodeType(IResolverContext context) => (ObjectType)context.Field.Type.NamedType();

    private static IQueryable<T> Project<T>(IResolverContext context, IQueryable<T> query, DataFieldFeatures features, IReadOnlyList<IFieldSelection> selections)
    {
        if (!features.Projection || selections.Count == 0)
        {
            return query;
        }

        var projection = ProjectionBuilder.Build<T>(features.Model.Requirements, selections);
        return projection is null ? query : query.Select(projection);
    }

    /// <summary>The <c>first</c> argument of a list the resolver loads itself, checked like a page size.</summary>
    public static int? First(IResolverContext context, PagingOptions options)
    {
        var first = OptionalInt(context, "first");
        CheckSize("first", first, options);
        return first;
    }

    private static int? OptionalInt(IResolverContext context, string name) =>
        context.HasArgument(name) ? context.ArgumentValue<int?>(name) : null;

    private static void CheckSize(string name, int? size, PagingOptions options)
    {
        if (size < 0)
        {
            throw Error($"{name} must not be negative.", DataErrorCodes.PagingInvalidArgument);
        }

        if (size > options.MaxPageSize)
        {
            throw Error($"{name} is {size}, above the maximum page size of {options.MaxPageSize}.", DataErrorCodes.PagingMaxExceeded);
        }
    }

    private static IReadOnlyList<object?>? Cursor(IResolverContext context, string name, KeysetCursor codec)
    {
        if (!context.HasArgument(name) || context.ArgumentValue<string?>(name) is not { } cursor)
        {
            return null;
        }

        return codec.Decode(cursor)
            ?? throw Error($"The {name} cursor \"{cursor}\" is not a cursor of this field with this order.", DataErrorCodes.InvalidCursor);
    }

    private static GraphQLException Error(string message, string code) => new(GraphQLError.WithCode(message, code));
}
