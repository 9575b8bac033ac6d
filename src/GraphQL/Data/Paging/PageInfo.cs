namespace BpjsTk.GraphQL.Data.Paging;

/// <summary>The value of <c>PageInfo</c>.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
