using System.Linq.Expressions;

namespace BpjsTk.GraphQL.Data.Sorting;

/// <summary>One ordering: the path to a value and its direction.</summary>
internal sealed record SortKey(LambdaExpression Selector, SortDirection Direction);
