namespace BpjsTk.GraphQL.Data.Sorting;

/// <summary>The runtime values of <c>SortEnumType</c>.</summary>
public enum SortDirection
{
    /// <summary>ASC: smallest first.</summary>
    Ascending,

    /// <summary>DESC: largest first.</summary>
    Descending,
}
