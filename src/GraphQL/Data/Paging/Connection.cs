namespace BpjsTk.GraphQL.Data.Paging;

/// <summary>The value of an <c>XConnection</c> (GraphQL Cursor Connections Specification).</summary>
internal sealed record Connection(PageInfo PageInfo, IReadOnlyList<Edge> Edges, IReadOnlyList<object?> Nodes, int TotalCount);
