using BpjsTk.GraphQL.Execution.Planning;

namespace BpjsTk.GraphQL.Execution.Results;

/// <summary>
/// A completed object of the response: one slot per collected field, filled as fields complete
/// (possibly concurrently, each its own slot) and written in the plan's order.
/// </summary>
internal sealed class ResultObject
{
    public ResultObject(SelectionSetPlan plan)
    {
        Plan = plan;
        Values = new object?[plan.Fields.Length];
    }

    public SelectionSetPlan Plan { get; }

    /// <summary>Serialized leaf values, nested <see cref="ResultObject"/>s and <see cref="ResultList"/>s, or null.</summary>
    public object?[] Values { get; }
}
