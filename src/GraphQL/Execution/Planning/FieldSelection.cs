using System.Collections.Concurrent;
using BpjsTk.GraphQL.Execution.Processing;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Execution.Planning;

/// <summary>
/// One response name of a collected selection set: the field definition and every field node merged
/// under that name (spec 6.4.1 merges their sub-selections). Shared by all requests with the same plan.
/// </summary>
internal sealed class FieldSelection : IFieldSelection
{
    private readonly OperationPlan _plan;
    private SelectionSetPlan? _onlyTypePlan;
    private ConcurrentDictionary<ObjectType, SelectionSetPlan>? _plansByType;
    private ArgumentValues? _constantArguments;

    public FieldSelection(OperationPlan plan, ObjectType declaringType, OutputField field, FieldNode[] nodes, bool isTypeName)
    {
        _plan = plan;
        DeclaringType = declaringType;
        Field = field;
        Nodes = nodes;
        IsTypeName = isTypeName;
        var first = nodes[0];
        Name = first.Name.Value;
        Alias = first.Alias?.Value;
        ResponseName = Alias ?? Name;
        Locations = [.. nodes.Where(n => n.Location.IsKnown).Select(n => new SourceLocation(n.Location.Line, n.Location.Column))];
        ArgumentsUseVariables = first.Arguments.Any(a => ValueUsesVariables(a.Value));
    }

    public string Name { get; }

    public string? Alias { get; }

    public string ResponseName { get; }

    public OutputField Field { get; }

    /// <summary>The object type whose field this is.</summary>
    public ObjectType DeclaringType { get; }

    /// <summary>True for <c>__typename</c>, which the executor answers itself (spec 4.4 Type Name Introspection).</summary>
    public bool IsTypeName { get; }

    /// <summary>The locations of the merged nodes, as field errors carry them.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>True when an argument refers to a variable, so its coerced value differs per request.</summary>
    public bool ArgumentsUseVariables { get; }

    IReadOnlyList<FieldNode> IFieldSelection.Nodes => Nodes;

    /// <summary>The merged field nodes in document order.</summary>
    public FieldNode[] Nodes { get; }

    /// <summary>The coerced arguments when they use no variable, computed once per plan.</summary>
    public ArgumentValues ConstantArguments() =>
        Volatile.Read(ref _constantArguments)
        ?? Interlocked.CompareExchange(ref _constantArguments, ArgumentValues.Coerce(Field, Nodes[0], EmptyVariables.Instance), null)
        ?? _constantArguments!;

    /// <summary>The sub-fields of this field for values of <paramref name="type"/> (spec 6.4.1 CollectSubfields), collected once.</summary>
    public SelectionSetPlan SubPlan(ObjectType type)
    {
        var only = Volatile.Read(ref _onlyTypePlan);
        if (only is null)
        {
            var created = _plan.Collect(type, Nodes);
            only = Interlocked.CompareExchange(ref _onlyTypePlan, created, null) ?? created;
        }

        // most fields only ever see one runtime type; abstract ones keep a plan per type
        return ReferenceEquals(only.Type, type)
            ? only
            : ByType().GetOrAdd(type, static (t, self) => self._plan.Collect(t, self.Nodes), this);
    }

    public IReadOnlyList<IFieldSelection> GetSelections(ObjectType typeContext) =>
        Field.Type.NamedType() is ComplexOutputType or UnionType ? SubPlan(typeContext).Fields : [];

    public override string ToString() => ResponseName;

    private ConcurrentDictionary<ObjectType, SelectionSetPlan> ByType()
    {
        if (_plansByType is null)
        {
            Interlocked.CompareExchange(ref _plansByType, new ConcurrentDictionary<ObjectType, SelectionSetPlan>(), null);
        }

        return _plansByType;
    }

    private static bool ValueUsesVariables(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ValueUsesVariables),
        ObjectValueNode obj => obj.Fields.Any(f => ValueUsesVariables(f.Value)),
        _ => false,
    };
}
