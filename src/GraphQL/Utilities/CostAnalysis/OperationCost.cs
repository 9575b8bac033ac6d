namespace BpjsTk.GraphQL.Utilities.CostAnalysis;

/// <summary>
/// The static cost of an operation and what is wrong with it: the cost above <see cref="CostOptions.MaxCost"/>
/// (code <c>MAX_COST_EXCEEDED</c>, <c>extensions.cost</c> holding the cost) and list fields given other than one slicing argument.
/// A host rejects the operation when <see cref="Errors"/> is not empty, or only reports <see cref="Cost"/> when asked to.
/// </summary>
/// <param name="Cost">The computed cost.</param>
/// <param name="MaxCost">The limit it was measured against.</param>
/// <param name="Errors">Empty when the operation may run.</param>
public sealed record OperationCost(double Cost, double MaxCost, IReadOnlyList<GraphQLError> Errors)
{
    /// <summary>How many objects the operation may produce: each composite value counts 1, lists multiplied by their size.</summary>
    public double TypeCost { get; init; }

    /// <summary>True when the operation may run.</summary>
    public bool IsAllowed => Errors.Count == 0;
}
