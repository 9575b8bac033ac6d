namespace BpjsTk.GraphQL.Data.Paging;

/// <summary>The value of an <c>XCollectionSegment</c>.</summary>
internal sealed record CollectionSegment(IReadOnlyList<object?> Items, CollectionSegmentInfo PageInfo, int TotalCount);
