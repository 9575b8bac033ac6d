namespace BpjsTk.GraphQL.Data.Paging;

/// <summary>A row of a cursor page read together with its sort key values, from which its cursor is made.</summary>
internal sealed class KeysetRow<T>
{
    public T Node { get; set; } = default!;

    public object?[] Keys { get; set; } = [];
}
