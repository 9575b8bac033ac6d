using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>Gathers the variables of one definition with its own <see cref="Validation.TypeInfo"/>, for <see cref="ValidationContext.GetVariableUsages"/>.</summary>
internal sealed class VariableUsageCollector : ValidationRule
{
    private readonly DocumentWalker _walker;
    private List<VariableUsage> _usages = [];
    private bool _insideVariableDefinition;

    public VariableUsageCollector(ValidationContext context)
        : base(context)
    {
        TypeInfo = new TypeInfo(context.Schema);
        _walker = new DocumentWalker(TypeInfo, [this], () => context.IsAborted);
    }

    public TypeInfo TypeInfo { get; }

    /// <summary>The variables used in <paramref name="definition"/>; the walk leaves the type info as it found it, so one collector serves every definition.</summary>
    public List<VariableUsage> Collect(SyntaxNode definition)
    {
        _usages = [];
        _insideVariableDefinition = false;
        _walker.Walk(definition);
        return _usages;
    }

    public override void EnterVariableDefinition(VariableDefinitionNode node) => _insideVariableDefinition = true;

    public override void LeaveVariableDefinition(VariableDefinitionNode node) => _insideVariableDefinition = false;

    public override void EnterVariable(VariableNode node)
    {
        // the $name of a definition declares the variable rather than using it
        if (!_insideVariableDefinition)
        {
            _usages.Add(new VariableUsage(node, TypeInfo.InputType, TypeInfo.DefaultValue) { ParentInputType = TypeInfo.ParentInputType });
        }
    }
}
