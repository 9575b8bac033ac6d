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

        var keys = features.Sorting && context.HasArgument("order") ? SortExpressionBuilder.Keys<T>(features.Model, context.ArgumentValue<object?>("order")) : [];
        var paged = features.Paging != PagingKind.None;
        if (keys.Count > 0 || paged)
        {
            query = SortExpressionBuilder.Apply(query, keys, addTieBreaker: paged);
        }

        var executor = context.Services.GetService(typeof(IAsyncQueryExecutor)) as IAsyncQueryExecutor ?? EnumerableQueryExecutor.Instance;
        return features.Paging switch
        {
            PagingKind.Cursor => await CursorPageAsync(context, query, features, executor).ConfigureAwait(false),
            PagingKind.Offset => await OffsetPageAsync(context, query, features, executor).ConfigureAwait(false),
            _ => await executor.ToListAsync(Project(context, query, features, context.Selection.GetSelections(NodeType(context))), context.RequestAborted).ConfigureAwait(false),
        };
    };

    private static async ValueTask<Connection> CursorPageAsync<T>(IResolverContext context, IQueryable<T> query, DataFieldFeatures features, IAsyncQueryExecutor executor)
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
        var after = Cursor(context, "after");
        var before = Cursor(context, "before");
        var connectionType = (ObjectType)context.Field.Type.NamedType();
        var selections = context.Selection.GetSelections(connectionType);
        var wantsCount = selections.Any(s => s.Name == "totalCount");
        int? total = wantsCount || (last is not null && before is null) ? await executor.CountAsync(query, context.RequestAborted).ConfigureAwait(false) : null;

        var start = after is null ? 0 : after.Value + 1;
        int offset;
        int limit;
        bool hasNext;
        bool hasPrevious;
        IReadOnlyList<T> rows;
        var nodeSelections = NodeSelections(selections, connectionType);
        var projected = Project(context, query, features, nodeSelections);
        if (last is not null)
        {
            var end = before ?? total!.Value;
            offset = Math.Max(start, end - last.Value);
            limit = Math.Max(0, end - offset);
            rows = await executor.ToListAsync(projected.Skip(offset).Take(limit), context.RequestAborted).ConfigureAwait(false);
            hasPrevious = offset > 0;
            hasNext = before is not null || (total is not null && end < total);
        }
        else
        {
            var size = first ?? options.DefaultPageSize;
            limit = before is null ? size : Math.Max(0, Math.Min(size, before.Value - start));
            offset = start;
            rows = await executor.ToListAsync(projected.Skip(offset).Take(limit + 1), context.RequestAborted).ConfigureAwait(false);
            hasNext = rows.Count > limit;
            if (hasNext)
            {
                rows = rows.Take(limit).ToList();
            }

            hasPrevious = offset > 0;
        }

        var edges = new Edge[rows.Count];
        var nodes = new object?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            edges[i] = new Edge(CursorCodec.Encode(offset + i), rows[i]);
            nodes[i] = rows[i];
        }

        var info = new PageInfo(hasNext, hasPrevious, edges.Length > 0 ? edges[0].Cursor : null, edges.Length > 0 ? edges[^1].Cursor : null);
        return new Connection(info, edges, nodes, total ?? 0);
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

        var nodeType = (ObjectType)selections[0].Field.DeclaringType;
        var projection = ProjectionBuilder.Build<T>(nodeType, selections);
        return projection is null ? query : query.Select(projection);
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

    private static int? Cursor(IResolverContext context, string name)
    {
        if (!context.HasArgument(name) || context.ArgumentValue<string?>(name) is not { } cursor)
        {
            return null;
        }

        return CursorCodec.TryDecode(cursor, out var index)
            ? index
            : throw Error($"The {name} cursor \"{cursor}\" is not a cursor of this field.", DataErrorCodes.InvalidCursor);
    }

    private static GraphQLException Error(string message, string code) => new(GraphQLError.WithCode(message, code));
}
