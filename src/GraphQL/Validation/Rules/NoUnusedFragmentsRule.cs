using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.5.1.4 Fragments Must Be Used: every fragment is spread by some operation, directly or through other fragments.</summary>
public sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationRule(context)
{
    public override void LeaveDocument(DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                foreach (var fragment in Context.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name.Value);
                }
            }
        }

        foreach (var definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
            {
                Context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
