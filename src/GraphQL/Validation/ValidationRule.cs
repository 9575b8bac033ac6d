using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// One validation rule of spec section 5, as a visitor over the document. A rule is created per
/// validation with the shared <see cref="ValidationContext"/> (so it may keep state for that one
/// document) and the walker calls its hooks as it enters and leaves each node, after the
/// context's <see cref="TypeInfo"/> has entered the node and before it leaves it.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>Creates the rule for one validation.</summary>
    protected ValidationRule(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
    }

    /// <summary>The validation this rule takes part in.</summary>
    protected ValidationContext Context { get; }

    public virtual void EnterDocument(DocumentNode node)
    {
    }

    public virtual void LeaveDocument(DocumentNode node)
    {
    }

    public virtual void EnterOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void EnterSelectionSet(SelectionSetNode node)
    {
    }

    public virtual void LeaveSelectionSet(SelectionSetNode node)
    {
    }

    public virtual void EnterField(FieldNode node)
    {
    }

    public virtual void LeaveField(FieldNode node)
    {
    }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual void LeaveFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual void EnterInlineFragment(InlineFragmentNode node)
    {
    }

    public virtual void LeaveInlineFragment(InlineFragmentNode node)
    {
    }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void EnterArgument(ArgumentNode node)
    {
    }

    public virtual void LeaveArgument(ArgumentNode node)
    {
    }

    public virtual void EnterDirective(DirectiveNode node)
    {
    }

    public virtual void LeaveDirective(DirectiveNode node)
    {
    }

    public virtual void EnterVariable(VariableNode node)
    {
    }

    /// <summary>Called for every literal value: scalars, enums, null, lists and objects (variables have <see cref="EnterVariable"/>).</summary>
    public virtual void EnterValue(ValueNode node)
    {
    }

    public virtual void LeaveValue(ValueNode node)
    {
    }

    public virtual void EnterObjectField(ObjectFieldNode node)
    {
    }

    public virtual void LeaveObjectField(ObjectFieldNode node)
    {
    }

    public virtual void EnterNamedType(NamedTypeNode node)
    {
    }

    /// <summary>Called for each type-system definition or extension in the document; inside them the walker visits only directives.</summary>
    public virtual void EnterTypeSystemDefinition(DefinitionNode node)
    {
    }

    /// <summary>Called for every type-system node the walker enters (definitions, extensions, and the field, argument and enum value definitions in them).</summary>
    public virtual void EnterTypeSystemNode(SyntaxNode node)
    {
    }
}
