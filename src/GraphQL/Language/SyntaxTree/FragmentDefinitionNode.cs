namespace BpjsTk.GraphQL.Language;

/// <summary>`fragment Name on Type @directives { ... }` (spec 2.8).</summary>
public sealed record FragmentDefinitionNode(StringValueNode? Description, NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}
