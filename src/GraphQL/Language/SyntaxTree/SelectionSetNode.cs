namespace BpjsTk.GraphQL.Language;

/// <summary>`{ selection... }` (spec 2.4).</summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}
