namespace BpjsTk.GraphQL.Data;

/// <summary>How a paged field pages: its default and maximum page size and whether it offers <c>totalCount</c>.</summary>
public sealed record PagingOptions
{
    /// <summary>The options of fields that set none: 50 rows a page, at most 500.</summary>
    public static PagingOptions Default { get; } = new();

    /// <summary>The page size when the client gives neither <c>first</c> nor <c>last</c> (or no <c>take</c>).</summary>
    public int DefaultPageSize { get; init; } = 50;

    /// <summary>The largest page a client may ask for.</summary>
    public int MaxPageSize { get; init; } = 500;

    /// <summary>Whether the connection or segment type has a <c>totalCount</c> field.</summary>
    public bool IncludeTotalCount { get; init; } = true;
}
