namespace BpjsTk.Domain.Coverage;

/// <summary>HotChocolate's SortEnumType.</summary>
internal enum SortDirection
{
    Asc,
    Desc,
}
