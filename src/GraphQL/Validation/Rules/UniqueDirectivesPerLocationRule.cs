using BpjsTk.GraphQL.Language;

namespace BpjsTk.GraphQL.Validation;

/// <summary>
/// spec 5.7.3 Directives Are Unique Per Location: a directive that is not repeatable appears at most once on a node. Inside
/// type-system definitions a type's definition and extensions count as one location, and so do the schema's, as in graphql-js.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{
    // by type name ("" for the schema), which a type's definition and extensions share
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _seenByTypeName = new(StringComparer.Ordinal);
    private HashSet<string>? _documentUnique;

    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is DirectiveDefinitionNode { Repeatable: false } directive)
            {
                _documentUnique ??= new HashSet<string>(StringComparer.Ordinal);
                _documentUnique.Add(directive.Name.Value);
            }
        }
    }

    public override void EnterTypeSystemNode(SyntaxNode node)
    {
        var (directives, seen) = node switch
        {
            SchemaDefinitionNode schema => (schema.Directives, SeenFor(_seenByTypeName, string.Empty)),
            SchemaExtensionNode schema => (schema.Directives, SeenFor(_seenByTypeName, string.Empty)),
            ScalarTypeDefinitionNode type => (type.Directives, SeenFor(_seenByTypeName, type.Name.Value)),
            ScalarTypeExtensionNode type => (type.Directives, SeenFor(_seenByTypeName, type.Name.Value)),
            ObjectTypeDefinitionNode type => (type.Directives, SeenFor(_seenByTypeName, type.Name.Value)),
            ObjectTypeExtensionNode type => (type.Directives, SeenFor(_seenByTypeName, type.Name.Value)),
            InterfaceTypeDefinitionNode type => (type.Directives, SeenFor(_seenByTypeName, type.Name.Value)),
            InterfaceTypeExtensionNode type => (type.Directives, SeenFor(_seenByTypeName, type.Name.Value)),
            UnionTypeDefinitionNode type => (type.Directives, SeenFor(_seenByTypeName, type.Name.Value)),
            UnionTypeExtensionNode type => (type.Directives, SeenFor(_seenByTypeName, type.Name.Value)),
            EnumTypeDefinitionNode type => (type.Directives, SeenFor(_seenByTypeName, type.Name.Value)),
            EnumTypeExtensionNode type => (type.Directives, SeenFor(_seenByTypeName, type.Name.Value)),
            InputObjectTypeDefinitionNode type => (type.Directives, SeenFor(_seenByTypeName, type.Name.Value)),
            InputObjectTypeExtensionNode type => (type.Directives, SeenFor(_seenByTypeName, type.Name.Value)),
            FieldDefinitionNode field => (field.Directives, new Dictionary<string, DirectiveNode>(StringComparer.Ordinal)),
            InputValueDefinitionNode inputValue => (inputValue.Directives, new Dictionary<string, DirectiveNode>(StringComparer.Ordinal)),
            EnumValueDefinitionNode enumValue => (enumValue.Directives, new Dictionary<string, DirectiveNode>(StringComparer.Ordinal)),
            _ => ([], null),
        };
        if (seen is not null)
        {
            Check(directives, seen);
        }
    }

    public override void EnterOperationDefinition(OperationDefinitionNode node) => Check(node.Directives);

    public override void EnterVariableDefinition(VariableDefinitionNode node) => Check(node.Directives);

    public override void EnterField(FieldNode node) => Check(node.Directives);

    public override void EnterFragmentSpread(FragmentSpreadNode node) => Check(node.Directives);

    public override void EnterInlineFragment(InlineFragmentNode node) => Check(node.Directives);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => Check(node.Directives);

    private void Check(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count > 1)
        {
            Check(directives, new Dictionary<string, DirectiveNode>(StringComparer.Ordinal));
        }
    }

    private void Check(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode> seen)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!IsUnique(name))
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

    private bool IsUnique(string name) =>
        Context.Schema.TryGetDirective(name, out var definition) ? !definition.IsRepeatable : _documentUnique?.Contains(name) == true;

    private static Dictionary<string, DirectiveNode> SeenFor(Dictionary<string, Dictionary<string, DirectiveNode>> seenByLocation, string location)
    {
        if (!seenByLocation.TryGetValue(location, out var seen))
        {
            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            seenByLocation.Add(location, seen);
        }

        return seen;
    }
}
