namespace BpjsTk.GraphQL.Execution.Results;

/// <summary>A completed list of the response (spec 6.4.3 list completion), its items in order.</summary>
internal sealed class ResultList
{
    public ResultList(object?[] items) => Items = items;

    /// <summary>Serialized leaf values, nested results, or null.</summary>
    public object?[] Items { get; }
}
