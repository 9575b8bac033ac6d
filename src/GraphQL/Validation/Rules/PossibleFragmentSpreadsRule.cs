using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.5.2.3 Fragment Spread Is Possible: the fragment's type and the enclosing type share some object type.</summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (Context.Type is INamedType fragmentType && fragmentType.IsCompositeType()
            && Context.ParentType is { } parentType && parentType.IsCompositeType()
            && !Context.Schema.DoTypesOverlap(fragmentType, parentType))
        {
            Context.ReportError($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        if (Context.TryGetFragment(name, out var fragment)
            && Context.TypeInfo.TypeFromSyntax(fragment.TypeCondition) is INamedType fragmentType && fragmentType.IsCompositeType()
            && Context.ParentType is { } parentType
            && !Context.Schema.DoTypesOverlap(fragmentType, parentType))
        {
            Context.ReportError($"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }
    }
}
