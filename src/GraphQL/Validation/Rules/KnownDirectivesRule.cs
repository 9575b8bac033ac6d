using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>spec 5.7.1 Directives Are Defined, 5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (!Context.Schema.TryGetDirective(name, out var directive))
        {
            Context.ReportError($"Unknown directive \"@{name}\".", node);
            return;
        }

        if (LocationOf(Context.Ancestors) is { } location && !directive.IsAllowedAt(location))
        {
            Context.ReportError($"Directive \"@{name}\" may not be used on {location.ToName()}.", node);
        }
    }

    private static DirectiveLocation? LocationOf(IReadOnlyList<SyntaxNode> ancestors) => ancestors.Count == 0 ? null : ancestors[^1] switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        _ => null,
    };
}
