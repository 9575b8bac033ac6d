namespace BpjsTk.Schema.Employers;

/// <summary>HotChocolate's offset-paging page info.</summary>
internal sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
