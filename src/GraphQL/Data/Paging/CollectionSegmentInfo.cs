namespace BpjsTk.GraphQL.Data.Paging;

/// <summary>The value of <c>CollectionSegmentInfo</c>.</summary>
internal sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
