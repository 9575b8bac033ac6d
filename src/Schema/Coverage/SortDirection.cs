namespace BpjsTk.Schema.Coverage;

/// <summary>HotChocolate's SortEnumType.</summary>
internal enum SortDirection
{
    Asc,
    Desc,
}
