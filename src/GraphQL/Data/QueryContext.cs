using System.Collections;
using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using BpjsTk.GraphQL.Data.Filtering;
using BpjsTk.GraphQL.Data.Sorting;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Data;

/// <summary>
/// A field's <c>where</c> and <c>order</c> as something a DataLoader can carry into its batch query
/// (HotChocolate's <c>QueryContext&lt;T&gt;</c>): the loader applies them to the query of all parents at once
/// and is keyed by <see cref="Key"/>, so fields with the same arguments share one statement per level.
/// </summary>
public sealed class QueryContext<T>
{
    private readonly Expression<Func<T, bool>>? _predicate;
    private readonly IReadOnlyList<SortKey> _sorting;

    private QueryContext(Expression<Func<T, bool>>? predicate, IReadOnlyList<SortKey> sorting, string key)
    {
        _predicate = predicate;
        _sorting = sorting;
        Key = key;
    }

    /// <summary>The arguments as canonical text, empty when the client gave neither: a DataLoader's name suffix.</summary>
    public string Key { get; }

    /// <summary>Filters <paramref name="source"/>; when the client ordered, orders by its keys then the primary key instead of the source's order.</summary>
    public IQueryable<T> Apply(IQueryable<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var query = _predicate is null ? source : source.Where(_predicate);
        if (_sorting.Count == 0)
        {
            return query;
        }

        var (rows, keys) = SortExpressionBuilder.Ordering(query, _sorting, addTieBreaker: true);
        return SortExpressionBuilder.Apply(rows, keys);
    }

    /// <summary>
    /// Filters and sorts rows that reach a <typeparamref name="T"/> through <paramref name="element"/> (a link table's navigation),
    /// so a many-to-many list filters and orders by the linked entity's fields in the link query itself.
    /// </summary>
    public IQueryable<TRow> Apply<TRow>(IQueryable<TRow> source, Expression<Func<TRow, T>> element)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(element);
        var row = element.Parameters[0];
        var query = _predicate is null ? source : source.Where(Expression.Lambda<Func<TRow, bool>>(ParameterRebinder.Body(_predicate, element.Body), row));
        if (_sorting.Count == 0)
        {
            return query;
        }

        var keys = _sorting.Select(k => k with { Selector = Expression.Lambda(ParameterRebinder.Body(k.Selector, element.Body), row) }).ToList();
        if (SortExpressionBuilder.PrimaryKey(typeof(T)) is { } key)
        {
            keys.Add(new SortKey(Expression.Lambda(Expression.Property(element.Body, key), row), SortDirection.Ascending));
        }

        var (rows, ordering) = SortExpressionBuilder.Ordering(query, keys, addTieBreaker: false);
        return SortExpressionBuilder.Apply(rows, ordering);
    }

    internal static QueryContext<T> From(IResolverContext context, DataFieldFeatures features)
    {
        var where = features.Filtering && context.HasArgument("where") ? context.ArgumentValue<object?>("where") as IReadOnlyDictionary<string, object?> : null;
        var order = features.Sorting && context.HasArgument("order") ? context.ArgumentValue<object?>("order") : null;
        var sorting = order is null ? [] : SortExpressionBuilder.Keys<T>(features.Model, order);
        var key = where is null && sorting.Count == 0 ? string.Empty : $"{Text(where)}|{Text(order)}";
        return new QueryContext<T>(where is null ? null : FilterExpressionBuilder.Build<T>(features.Model, where), sorting, key);
    }

    private static string Text(object? value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append(JsonSerializer.Serialize(s));
                break;
            case IReadOnlyDictionary<string, object?> fields:
                text.Append('{');
                foreach (var (name, field) in fields)
                {
                    text.Append(name).Append(':');
                    Write(text, field);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Write(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            default:
                text.Append(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
