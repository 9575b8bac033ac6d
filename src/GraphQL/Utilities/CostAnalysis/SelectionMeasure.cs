namespace BpjsTk.GraphQL.Utilities.CostAnalysis;

/// <summary>What <see cref="OperationLimitsAnalyzer"/> counts in a selection set with its fragments expanded.</summary>
/// <param name="Fields">Field selections (saturating at <see cref="long.MaxValue"/>).</param>
/// <param name="Aliases">Aliased field selections.</param>
/// <param name="Depth">Deepest field nesting outside introspection.</param>
/// <param name="IntrospectionDepth">Deepest nesting under <c>__schema</c> and <c>__type</c>.</param>
internal readonly record struct SelectionMeasure(long Fields, long Aliases, int Depth, int IntrospectionDepth)
{
    public SelectionMeasure Add(SelectionMeasure other) => new(
        Saturating(Fields, other.Fields),
        Saturating(Aliases, other.Aliases),
        Math.Max(Depth, other.Depth),
        Math.Max(IntrospectionDepth, other.IntrospectionDepth));

    private static long Saturating(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
