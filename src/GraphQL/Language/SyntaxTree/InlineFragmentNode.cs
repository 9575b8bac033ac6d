namespace BpjsTk.GraphQL.Language;

/// <summary>`... on Type @directives { ... }` (spec 2.8.2).</summary>
public sealed record InlineFragmentNode(NamedTypeNode? TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}
