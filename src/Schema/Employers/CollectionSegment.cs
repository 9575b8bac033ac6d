namespace BpjsTk.Schema.Employers;

/// <summary>One page of an offset-paged list: HotChocolate's <c>XCollectionSegment</c> shape.</summary>
internal sealed record CollectionSegment<T>(IReadOnlyList<T> Items, CollectionSegmentInfo PageInfo, int TotalCount)
{
    public static CollectionSegment<T> Of(IReadOnlyList<T> items, int skip, int totalCount) =>
        new(items, new CollectionSegmentInfo(skip + items.Count < totalCount, skip > 0), totalCount);
}
