namespace BpjsTk.GraphQL.Data;

/// <summary>Which paging shape a field uses.</summary>
internal enum PagingKind
{
    None,
    Cursor,
    Offset,
}
