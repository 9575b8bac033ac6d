using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// spec 5.7.1 Directives Are Defined, 5.7.2 Directives Are In Valid Locations. Directives defined in the document itself
/// count as known, and directives inside type-system definitions are checked against their type-system locations, as graphql-js does.
/// </summary>
public sealed class KnownDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;

    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                _documentDirectives ??= new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal);
                _documentDirectives.TryAdd(directive.Name.Value, directive);
            }
        }
    }

    public override void EnterDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        var location = LocationOf(Context.Ancestors);
        if (Context.Schema.TryGetDirective(name, out var directive))
        {
            if (location is { } known && !directive.IsAllowedAt(known))
            {
                Context.ReportError($"Directive \"@{name}\" may not be used on {known.ToName()}.", node);
            }
        }
        else if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var defined))
        {
            if (location is { } known && !defined.Locations.Any(l => l.Value == known.ToName()))
            {
                Context.ReportError($"Directive \"@{name}\" may not be used on {known.ToName()}.", node);
            }
        }
        else
        {
            Context.ReportError($"Unknown directive \"@{name}\".", node);
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
        SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        FieldDefinitionNode => DirectiveLocation.FieldDefinition,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        EnumValueDefinitionNode => DirectiveLocation.EnumValue,
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
        InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
            ? DirectiveLocation.InputFieldDefinition
            : DirectiveLocation.ArgumentDefinition,
        _ => null,
    };
}
