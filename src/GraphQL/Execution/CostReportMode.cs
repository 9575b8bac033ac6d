namespace BpjsTk.GraphQL.Execution;

/// <summary>What a request asks about its static cost (HotChocolate's <c>GraphQL-Cost</c> request header).</summary>
public enum CostReportMode
{
    /// <summary>Nothing: the cost is checked against the limit and not reported.</summary>
    None,

    /// <summary>Execute and add <c>extensions.operationCost</c> to the response.</summary>
    Report,

    /// <summary>Compute and report the cost without executing the operation.</summary>
    Validate,
}
