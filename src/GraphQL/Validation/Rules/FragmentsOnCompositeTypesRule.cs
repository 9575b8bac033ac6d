using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.5.1.3 Fragments On Composite Types: a type condition names an object, interface or union.</summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && IsNonComposite(condition))
        {
            Context.ReportError($"Fragment cannot condition on non composite type \"{SyntaxPrinter.Print(condition)}\".", condition);
        }
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (IsNonComposite(node.TypeCondition))
        {
            Context.ReportError($"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{SyntaxPrinter.Print(node.TypeCondition)}\".", node.TypeCondition);
        }
    }

    private bool IsNonComposite(TypeNode condition) => Context.TypeInfo.TypeFromSyntax(condition) is { } type && !type.IsCompositeType();
}
