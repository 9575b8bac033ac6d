using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.5.2.1 Fragment Spread Target Defined.</summary>
public sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (!Context.Fragments.ContainsKey(node.Name.Value))
        {
            Context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }
    }
}
