namespace BpjsTk.GraphQL.Data.Paging;

/// <summary>The value of an <c>XEdge</c>: a node and the cursor that points at it.</summary>
internal sealed record Edge(string Cursor, object? Node);
