using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Execution.Planning;

/// <summary>
/// The collected fields of one operation for one set of <c>@skip</c>/<c>@include</c> outcomes, built
/// lazily per (selection set, runtime object type) and shared by every request that has those outcomes.
/// </summary>
internal sealed class OperationPlan
{
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, bool> _conditionValues;
    private SelectionSetPlan? _root;

    public OperationPlan(Schema schema, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, bool> conditionValues)
    {
        Schema = schema;
        Operation = operation;
        RootType = rootType;
        _fragments = fragments;
        _conditionValues = conditionValues;
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public ObjectType RootType { get; }

    /// <summary>The root selection set's fields (spec 6.2 ExecuteRootSelectionSet).</summary>
    public SelectionSetPlan Root =>
        Volatile.Read(ref _root)
        ?? Interlocked.CompareExchange(ref _root, new FieldCollector(this, _fragments, _conditionValues).Collect(RootType, [Operation.SelectionSet]), null)
        ?? _root!;

    /// <summary>The fields of the merged sub-selections of <paramref name="nodes"/> for <paramref name="type"/>.</summary>
    public SelectionSetPlan Collect(ObjectType type, FieldNode[] nodes)
    {
        var sets = new List<SelectionSetNode>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } set)
            {
                sets.Add(set);
            }
        }

        return new FieldCollector(this, _fragments, _conditionValues).Collect(type, sets);
    }
}
