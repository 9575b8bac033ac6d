using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.7.3 Directives Are Unique Per Location: a directive that is not repeatable appears at most once on a node.</summary>
public sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterOperationDefinition(OperationDefinitionNode node) => Check(node.Directives);

    public override void EnterVariableDefinition(VariableDefinitionNode node) => Check(node.Directives);

    public override void EnterField(FieldNode node) => Check(node.Directives);

    public override void EnterFragmentSpread(FragmentSpreadNode node) => Check(node.Directives);

    public override void EnterInlineFragment(InlineFragmentNode node) => Check(node.Directives);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => Check(node.Directives);

    private void Check(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count < 2)
        {
            return;
        }

        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!Context.Schema.TryGetDirective(name, out var definition) || definition.IsRepeatable)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                Context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen.Add(name, directive);
            }
        }
    }
}
